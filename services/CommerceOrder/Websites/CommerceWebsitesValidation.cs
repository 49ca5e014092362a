using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.Websites;

/// <summary>A website without a default store view among its store views would make orders nowhere: refuse to start.</summary>
public sealed class CommerceWebsitesValidation : IValidateOptions<CommerceWebsites>
{
    public ValidateOptionsResult Validate(string? name, CommerceWebsites options)
    {
        var failures = new List<string>();
        if (options.Websites.Count == 0)
        {
            failures.Add("Commerce:Websites names no website.");
        }

        foreach (var (code, website) in options.Websites)
        {
            if (!website.StoreViews.Contains(website.DefaultStoreView))
            {
                failures.Add(
                    $"Commerce:Websites:{code}:DefaultStoreView '{website.DefaultStoreView}' is not one of its StoreViews.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
