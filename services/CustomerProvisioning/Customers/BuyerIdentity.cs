namespace Fulfillment.CustomerProvisioning.Customers;

/// <summary>The email and name a customer (or a guest order) gets from an Amazon order's buyer (W4).</summary>
public sealed record BuyerIdentity(string Email, string FirstName, string LastName)
{
    public const string MissingNamePart = "N/A";

    /// <summary>A buyer without email gets <c>&lt;AmazonOrderId&gt;@amazon.com</c>; the name splits at the first space.</summary>
    public static BuyerIdentity From(string amazonOrderId, string? buyerName, string? buyerEmail)
    {
        var email = string.IsNullOrWhiteSpace(buyerEmail) ? $"{amazonOrderId}@amazon.com" : buyerEmail.Trim();
        var (firstName, lastName) = SplitName(buyerName);
        return new BuyerIdentity(email, firstName, lastName);
    }

    public static (string FirstName, string LastName) SplitName(string? buyerName)
    {
        var parts = (buyerName ?? "").Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        return (OrMissing(parts[0]), OrMissing(parts.ElementAtOrDefault(1)));
    }

    private static string OrMissing(string? part) => string.IsNullOrWhiteSpace(part) ? MissingNamePart : part;
}
