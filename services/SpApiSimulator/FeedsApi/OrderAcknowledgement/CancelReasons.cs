namespace Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;

/// <summary>The <c>CancelReason</c> values of Amazon's OrderAcknowledgement schema.</summary>
public static class CancelReasons
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "NoInventory", "ShippingAddressUndeliverable", "CustomerExchange", "BuyerCanceled", "GeneralAdjustment",
        "CarrierCreditDecision", "RiskAssessmentInformationNotValid", "CarrierCoverageFailure", "CustomerReturn",
        "MerchandiseNotReceived",
    };
}
