using System.Globalization;

namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>
/// Ids in Amazon's formats: order ids <c>3-7-7</c> digits whose first group follows the marketplace region
/// (never <c>902</c>, which the sandbox examples use), order item ids of 14 digits. Never the same id twice.
/// </summary>
public sealed class AmazonIds
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _issued = [];

    public string NextOrderId(string region)
    {
        var prefixes = region switch
        {
            "EU" => new[] { 302, 303, 304, 305, 306 },
            "FE" => [249, 250, 503],
            _ => [111, 112, 113, 114],
        };
        return Unique(() => string.Create(CultureInfo.InvariantCulture,
            $"{prefixes[Random.Shared.Next(prefixes.Length)]}-{Random.Shared.Next(0, 10_000_000):D7}-{Random.Shared.Next(0, 10_000_000):D7}"));
    }

    public string NextOrderItemId() =>
        Unique(() => Random.Shared.NextInt64(10_000_000_000_000, 100_000_000_000_000).ToString(CultureInfo.InvariantCulture));

    /// <summary>An id of an order kept from before a restart, never to be issued again.</summary>
    public void Remember(string id)
    {
        lock (_gate)
        {
            _issued.Add(id);
        }
    }

    private string Unique(Func<string> candidate)
    {
        lock (_gate)
        {
            while (true)
            {
                var id = candidate();
                if (_issued.Add(id))
                {
                    return id;
                }
            }
        }
    }
}
