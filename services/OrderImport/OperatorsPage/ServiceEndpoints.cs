namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// Where the other services answer (configuration section <c>Services</c>, e.g. <c>Services__CommerceOrder__Url</c>). A service without a URL is shown as not
/// configured rather than failing the page.
/// </summary>
public sealed class ServiceEndpoints
{
    public const string SectionName = "Services";

    public ServiceEndpoint CommerceOrder { get; set; } = new();

    public ServiceEndpoint CustomerProvisioning { get; set; } = new();

    public ServiceEndpoint TrackingSync { get; set; } = new();

    /// <summary>OrderImport's own address; by default the first address the server listens on.</summary>
    public ServiceEndpoint OrderImport { get; set; } = new();
}

public sealed class ServiceEndpoint
{
    public Uri? Url { get; set; }
}
