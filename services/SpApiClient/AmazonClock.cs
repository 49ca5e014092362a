using System.Collections.Concurrent;

namespace Fulfillment.SpApiClient;

/// <summary>
/// Amazon's "now", as its answers tell it (the HTTP <c>Date</c> header of every answer, errors included), per SP-API
/// endpoint. Amazon decides by its own clock what a request may ask for (getOrders' two-minute rule), and ours may
/// disagree with it by any amount (the simulator's clock is moved forward at will), so until an endpoint has answered
/// once its clock is unknown rather than guessed from ours.
/// </summary>
public sealed class AmazonClock(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TimeSpan> _aheadOfOurs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>Date</c> is whole seconds and was stamped before the answer travelled: the estimate it gives is at most
    /// a second or so behind Amazon's clock, never ahead of it, so a window decided by it is one Amazon accepts.
    /// </summary>
    public void Observe(Uri endpoint, DateTimeOffset amazonDate) =>
        _aheadOfOurs[endpoint.Authority] = amazonDate - clock.GetUtcNow();

    /// <returns>Amazon's time now, or null before the endpoint's first answer.</returns>
    public DateTimeOffset? Now(Uri endpoint) =>
        _aheadOfOurs.TryGetValue(endpoint.Authority, out var ahead) ? clock.GetUtcNow() + ahead : null;
}
