namespace Fulfillment.CommerceOrder.Websites;

/// <summary>
/// The Commerce websites and their store views, from configuration section <c>Commerce:Websites</c>
/// (e.g. <c>Commerce__Websites__base__StoreViews__1=fr</c>).
/// </summary>
public sealed class CommerceWebsites
{
    public const string SectionName = "Commerce";

    public Dictionary<string, CommerceWebsite> Websites { get; init; } = [];

    public bool Exists(string websiteCode) => Websites.ContainsKey(websiteCode);

    /// <summary>The configured store view when the website still has it, its default store view otherwise (S2).</summary>
    public string ResolveStoreView(string websiteCode, string? storeViewCode)
    {
        if (!Websites.TryGetValue(websiteCode, out var website))
        {
            throw new InvalidOperationException($"Website '{websiteCode}' does not exist in Commerce.");
        }

        return storeViewCode is not null && website.StoreViews.Contains(storeViewCode)
            ? storeViewCode
            : website.DefaultStoreView;
    }
}

public sealed class CommerceWebsite
{
    public string DefaultStoreView { get; set; } = "";

    public List<string> StoreViews { get; set; } = [];
}
