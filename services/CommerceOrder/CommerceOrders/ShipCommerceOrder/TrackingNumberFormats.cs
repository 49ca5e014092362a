using System.Text.RegularExpressions;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>
/// The shapes the carriers Commerce knows give their tracking numbers (T1). A number of another shape is almost always
/// a typo, and Amazon would pass it to the buyer, so it is refused. Other carriers' numbers are free text.
/// </summary>
public static partial class TrackingNumberFormats
{
    private static readonly Dictionary<string, (Regex Pattern, string Description)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ups"] = (Ups(), "1Z followed by 16 letters or digits"),
        ["fedex"] = (FedEx(), "12, 15, 20 or 22 digits"),
        ["usps"] = (Usps(), "20 to 22 digits, or two letters, 9 digits and US"),
        ["dhl"] = (Dhl(), "10 or 11 digits, or JJD followed by 18 to 20 digits"),
    };

    public static bool IsKnownCarrier(string carrierCode) => Known.ContainsKey(carrierCode);

    public static string? WithoutWhitespace(string? trackingNumber) =>
        trackingNumber is null ? null : string.Concat(trackingNumber.Where(character => !char.IsWhiteSpace(character)));

    /// <returns>Null when the number fits the carrier, otherwise what the carrier's numbers look like and what was given.</returns>
    public static string? Mismatch(string carrierCode, string trackingNumber) =>
        Known.TryGetValue(carrierCode, out var format) && !format.Pattern.IsMatch(trackingNumber)
            ? $"A {carrierCode.ToUpperInvariant()} tracking number is {format.Description}; " +
              $"'{trackingNumber}' has {trackingNumber.Length} characters{OddCharacters(trackingNumber)}."
            : null;

    /// <summary>What in a number is neither a letter nor a digit, since that is most often what is wrong with it.</summary>
    private static string OddCharacters(string trackingNumber) =>
        trackingNumber.Where(character => !char.IsAsciiLetterOrDigit(character)).Distinct().ToArray() is { Length: > 0 } odd
            ? $", among them {string.Join(" ", odd.Select(character => $"'{character}'"))}"
            : "";

    [GeneratedRegex("^1Z[0-9A-Z]{16}$")]
    private static partial Regex Ups();

    [GeneratedRegex("^([0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22})$")]
    private static partial Regex FedEx();

    [GeneratedRegex("^([0-9]{20,22}|[A-Z]{2}[0-9]{9}US)$")]
    private static partial Regex Usps();

    [GeneratedRegex("^([0-9]{10,11}|JJD[0-9]{18,20})$")]
    private static partial Regex Dhl();
}
