namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>
/// Commerce's carrier codes as Amazon's <c>carrierCode</c> values (T2). A carrier Amazon has no code for here goes
/// as <c>Other</c> with its name in <c>carrierName</c>, which the model requires for <c>Other</c>.
/// </summary>
public static class AmazonCarriers
{
    public const string Other = "Other";

    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fedex"] = "FedEx",
        ["ups"] = "UPS",
        ["usps"] = "USPS",
        ["dhl"] = "DHL",
    };

    /// <returns>Amazon's carrier code, and the carrier name when the code is <c>Other</c> (null otherwise).</returns>
    public static (string CarrierCode, string? CarrierName) For(string commerceCarrierCode, string carrierTitle) =>
        Codes.TryGetValue(commerceCarrierCode.Trim(), out var amazonCode)
            ? (amazonCode, null)
            : (Other, string.IsNullOrWhiteSpace(carrierTitle) ? commerceCarrierCode : carrierTitle.Trim());
}
