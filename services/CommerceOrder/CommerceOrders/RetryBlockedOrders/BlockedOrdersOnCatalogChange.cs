using Fulfillment.CommerceOrder.Catalog;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

/// <summary>
/// C2 without an operator: when a product is saved or stock comes back, the orders blocked on it run the gate again.
/// A Marten subscription, so a change committed while the service was down is still acted on when it starts.
/// </summary>
public sealed class BlockedOrdersOnCatalogChange : SubscriptionBase
{
    private readonly BlockedOrderRetry _retry;
    private readonly ILogger<BlockedOrdersOnCatalogChange> _logger;

    public BlockedOrdersOnCatalogChange(BlockedOrderRetry retry, ILogger<BlockedOrdersOnCatalogChange> logger)
    {
        _retry = retry;
        _logger = logger;
        Name = nameof(BlockedOrdersOnCatalogChange);
        IncludeType<ProductSaved>();
        IncludeType<StockReservationReleased>();
        IncludeType<StockReturned>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        var skus = page.Events.Select(@event => @event.StreamKey!).Distinct().ToList();
        var blocked = await _retry.BlockedOnAsync(operations, skus, cancellationToken);
        foreach (var amazonOrderId in blocked)
        {
            if (await _retry.RetryAsync(amazonOrderId, causationId: null, cancellationToken))
            {
                _logger.LogInformation("Blocked order {AmazonOrderId} retried after a catalog change", amazonOrderId);
            }
        }

        return NullChangeListener.Instance;
    }
}
