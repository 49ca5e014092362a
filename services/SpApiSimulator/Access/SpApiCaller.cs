namespace Fulfillment.SpApiSimulator.Access;

/// <summary>The selling partner behind an accepted call, and the personal data its token may see.</summary>
public sealed record SpApiCaller(string SellerId, IReadOnlySet<string> DataElements)
{
    public const string BuyerInfo = "buyerInfo";
    public const string ShippingAddress = "shippingAddress";
    public const string BuyerTaxInformation = "buyerTaxInformation";

    public bool MaySee(string dataElement) => DataElements.Contains(dataElement);
}

public static class SpApiCallerExtensions
{
    /// <summary>The caller the access check accepted; every SP-API operation runs behind that check.</summary>
    public static SpApiCaller SpApiCaller(this HttpContext context) => context.Features.Get<SpApiCaller>()
        ?? throw new InvalidOperationException("The SP-API operation filter did not run for this request.");
}
