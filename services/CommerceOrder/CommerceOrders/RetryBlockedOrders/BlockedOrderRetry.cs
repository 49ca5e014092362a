using System.Diagnostics;
using Fulfillment.CommerceOrder.Websites;
using Fulfillment.ServiceDefaults.Telemetry;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

/// <summary>Runs the gate again for blocked orders (C2), each in its own transaction.</summary>
public sealed class BlockedOrderRetry(
    IServiceScopeFactory scopes, IOptions<CommerceWebsites> websites, TimeProvider clock)
{
    private const int AttemptsOnConflict = 5;

    /// <summary>Blocked orders waiting for one of <paramref name="skus"/>, oldest first.</summary>
    public async Task<IReadOnlyList<string>> BlockedOnAsync(
        IQuerySession session, IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        await session.Query<CommerceOrderProcess>()
            .Where(process => process.Stage == CommerceOrderStage.Blocked && process.BlockingSkus.Any(sku => skus.Contains(sku)))
            .OrderBy(process => process.UpdatedAt)
            .Select(process => process.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Every blocked order, oldest first (the periodic sweep; blocks that no product change lifts, too).</summary>
    public async Task<IReadOnlyList<string>> AllBlockedAsync(IQuerySession session, CancellationToken cancellationToken) =>
        await session.Query<CommerceOrderProcess>()
            .Where(process => process.Stage == CommerceOrderStage.Blocked)
            .OrderBy(process => process.UpdatedAt)
            .Select(process => process.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// True when the retry changed the order (passed the gate, or blocked for another reason). Another order taking
    /// the same stock meanwhile is a conflict: the decision is made again on fresh state.
    /// </summary>
    public async Task<bool> RetryAsync(string amazonOrderId, string? causationId, CancellationToken cancellationToken)
    {
        ActivityContext? orderTrace;
        await using (var query = scopes.CreateAsyncScope())
        {
            orderTrace = await OrderSpan.TraceOfStreamAsync(
                query.ServiceProvider.GetRequiredService<IQuerySession>(), amazonOrderId, cancellationToken);
        }

        // Sessions opened under this span stamp its trace into the events they append.
        using var span = OrderSpan.Start("retry blocked order", orderTrace, amazonOrderId);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            var streams = await OrderAndStockStreams.FetchAsync(session, amazonOrderId, [], cancellationToken);
            var events = RetryBlockedOrderDecider.Decide(streams.Order, streams.Products, websites.Value, clock.GetUtcNow());
            try
            {
                return await streams.AppendAndSaveAsync(events, causationId, cancellationToken);
            }
            catch (Exception exception) when (
                exception is ConcurrencyException or ExistingStreamIdCollisionException && attempt < AttemptsOnConflict)
            {
            }
        }
    }
}
