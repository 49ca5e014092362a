namespace Fulfillment.OrderImport.Cancellation;

/// <summary>Amazon's ten reasons a seller may give for canceling an order (SPEC O5; OrderAcknowledgement.xsd <c>CancelReason</c>).</summary>
public static class CancelReasonCodes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "NoInventory", "ShippingAddressUndeliverable", "CustomerExchange", "BuyerCanceled", "GeneralAdjustment",
        "CarrierCreditDecision", "RiskAssessmentInformationNotValid", "CarrierCoverageFailure", "CustomerReturn",
        "MerchandiseNotReceived",
    ];

    /// <summary>Amazon compares the codes exactly: <c>noinventory</c> is not a reason.</summary>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
