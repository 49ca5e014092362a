namespace Fulfillment.Operator;

/// <summary>
/// Where each service answers: <c>FULFILLMENT_ORDER_IMPORT_URL</c> and its siblings, else the local launcher's ports.
/// </summary>
public sealed class ServiceAddresses(Func<string, string?> environment)
{
    private static readonly (string Name, string Variable, string Default)[] Services =
    [
        ("order-import", "FULFILLMENT_ORDER_IMPORT_URL", "http://127.0.0.1:5101"),
        ("customer-provisioning", "FULFILLMENT_CUSTOMER_PROVISIONING_URL", "http://127.0.0.1:5102"),
        ("commerce-order", "FULFILLMENT_COMMERCE_ORDER_URL", "http://127.0.0.1:5103"),
        ("tracking-sync", "FULFILLMENT_TRACKING_SYNC_URL", "http://127.0.0.1:5104"),
    ];

    public static IReadOnlyList<string> Names { get; } = Services.Select(service => service.Name).ToList();

    /// <summary>The base address of a service named as the launcher names it (order-import) or as its code does (OrderImport).</summary>
    public Uri AddressOf(string service)
    {
        var normalized = service.Replace("-", "").Replace("_", "");
        var match = Services.FirstOrDefault(candidate =>
            string.Equals(candidate.Name.Replace("-", ""), normalized, StringComparison.OrdinalIgnoreCase));
        if (match.Name is null)
        {
            throw new ArgumentException($"Unknown service '{service}'; one of: {string.Join(", ", Names)}.");
        }

        var address = environment(match.Variable) is { Length: > 0 } configured ? configured : match.Default;
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public IEnumerable<(string Name, Uri Address)> All => Names.Select(name => (name, AddressOf(name)));
}
