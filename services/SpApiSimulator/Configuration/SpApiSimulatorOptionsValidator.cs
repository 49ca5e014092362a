using Fulfillment.SpApiSimulator.OrdersApi.GetOrders;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Configuration;

/// <summary>Refuses to start with configuration that would make the simulator behave unlike Amazon in silence.</summary>
public sealed class SpApiSimulatorOptionsValidator : IValidateOptions<SpApiSimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SpApiSimulatorOptions options)
    {
        var failures = new List<string>();
        if ((options.Lwa.ClientId.Length > 0) != (options.Lwa.ClientSecret.Length > 0))
        {
            failures.Add("SpApiSimulator:Lwa needs both ClientId and ClientSecret, or neither.");
        }

        if (options.Lwa.AccessTokenLifetimeSeconds <= 0 || options.RestrictedDataTokenLifetimeSeconds <= 0)
        {
            failures.Add("Token lifetimes must be positive.");
        }

        if (options.DataDelay < TimeSpan.Zero || options.DataDelay > GetOrdersQueryParser.AmazonDataDelay)
        {
            failures.Add("SpApiSimulator:DataDelay must be between 00:00:00 and Amazon's 00:02:00.");
        }

        if (options.OrderItemsPageSize is < 1 or > 100)
        {
            failures.Add("SpApiSimulator:OrderItemsPageSize must be between 1 and 100.");
        }

        for (var index = 0; index < options.Sellers.Count; index++)
        {
            if (options.Sellers[index].SellerId.Length == 0 || options.Sellers[index].RefreshToken.Length == 0)
            {
                failures.Add($"SpApiSimulator:Sellers:{index} needs SellerId and RefreshToken.");
            }
        }

        if (options.Sellers.GroupBy(seller => seller.SellerId).Any(group => group.Count() > 1))
        {
            failures.Add("SpApiSimulator:Sellers has the same SellerId twice.");
        }

        if (options.Sellers.GroupBy(seller => seller.RefreshToken).Any(group => group.Count() > 1))
        {
            failures.Add("SpApiSimulator:Sellers has the same RefreshToken twice.");
        }

        if (options.RateLimits.Multiplier <= 0)
        {
            failures.Add("SpApiSimulator:RateLimits:Multiplier must be positive.");
        }

        foreach (var (operation, plan) in options.RateLimits.Operations)
        {
            if (plan.Rate is <= 0 || plan.Burst is < 1)
            {
                failures.Add($"SpApiSimulator:RateLimits:Operations:{operation} needs a positive Rate and a Burst of at least 1.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
