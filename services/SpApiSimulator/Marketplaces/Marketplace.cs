namespace Fulfillment.SpApiSimulator.Marketplaces;

/// <summary>An Amazon marketplace as an order shows it: its id, sales channel, currency and region.</summary>
public sealed record Marketplace(string MarketplaceId, string CountryCode, string SalesChannel, string CurrencyCode, string Region)
{
    /// <summary>Amazon's published marketplace ids (developer-docs.amazon.com/sp-api/docs/marketplace-ids).</summary>
    public static IReadOnlyList<Marketplace> All { get; } =
    [
        new("ATVPDKIKX0DER", "US", "Amazon.com", "USD", "NA"),
        new("A2EUQ1WTGCTBG2", "CA", "Amazon.ca", "CAD", "NA"),
        new("A1AM78C64UM0Y8", "MX", "Amazon.com.mx", "MXN", "NA"),
        new("A2Q3Y263D00KWC", "BR", "Amazon.com.br", "BRL", "NA"),
        new("A1F83G8C2ARO7P", "GB", "Amazon.co.uk", "GBP", "EU"),
        new("A1PA6795UKMFR9", "DE", "Amazon.de", "EUR", "EU"),
        new("A13V1IB3VIYZZH", "FR", "Amazon.fr", "EUR", "EU"),
        new("APJ6JRA9NG5V4", "IT", "Amazon.it", "EUR", "EU"),
        new("A1RKKUPIHCS9HS", "ES", "Amazon.es", "EUR", "EU"),
        new("A1805IZSGTT6HS", "NL", "Amazon.nl", "EUR", "EU"),
        new("A1VC38T7YXB528", "JP", "Amazon.co.jp", "JPY", "FE"),
        new("A39IBJ37TRP1C6", "AU", "Amazon.com.au", "AUD", "FE"),
    ];

    public static Marketplace? Find(string? marketplaceId) =>
        All.FirstOrDefault(marketplace => marketplace.MarketplaceId == marketplaceId);
}
