using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Operations;

/// <summary>
/// O3 re-publish: a stream's contracts go out again with their original message ids, and the idempotent consumers
/// change nothing: no second Commerce order, no second customer, no new event in any service.
/// </summary>
public sealed class RepublishTests
{
    [Test]
    public async Task Given_an_order_with_its_Commerce_order_When_both_streams_are_republished_Then_nothing_changes_downstream()
    {
        var placedOrder = await OperationsSystem.PlaceCommerceOrderAsync(NewId.NextGuid());
        var importedOrderId = AmazonOrderRequests.NewAmazonOrderId();
        await OperationsSystem.RecordPendingAsync(importedOrderId);
        await Eventually.GetAsync(
            async () => (await OperationsSystem.HistoryAsync(FulfillmentService.CommerceOrder, importedOrderId)).GetArrayLength() > 0 ? "noted" : null,
            TimeSpan.FromSeconds(30), $"CommerceOrder noted {importedOrderId}\n{OperationsSystem.Running.RecentOutput}");
        await WaitForQuietAsync();
        var before = await EventCountsAsync(placedOrder.AmazonOrderId, importedOrderId);

        var fromCommerce = await OperationsSystem.ActAsync(FulfillmentService.CommerceOrder, $"admin/streams/{placedOrder.AmazonOrderId}/republish");
        var fromImport = await OperationsSystem.ActAsync(FulfillmentService.OrderImport, $"admin/streams/{importedOrderId}/republish");

        var placedId = fromCommerce.EnumerateArray()
            .Single(contract => contract.GetProperty("contractType").GetString() == nameof(CommerceOrderPlaced))
            .GetProperty("messageId").GetGuid();
        var pendingId = fromImport.EnumerateArray()
            .Single(contract => contract.GetProperty("contractType").GetString() == nameof(OrderPending))
            .GetProperty("messageId").GetGuid();
        await Eventually.GetAsync(
            () => Task.FromResult(DeliveriesOf(nameof(CommerceOrderPlaced), placedOrder.AmazonOrderId, placedId) == 2
                && DeliveriesOf(nameof(OrderPending), importedOrderId, pendingId) == 2 ? "again" : null),
            TimeSpan.FromSeconds(30), "both contracts on the bus a second time, with their first message ids");
        await WaitForQuietAsync();
        var after = await EventCountsAsync(placedOrder.AmazonOrderId, importedOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(OperationsSystem.Published.CountOf<CommerceOrderPlaced>(placedOrder.AmazonOrderId), Is.EqualTo(1),
                "one fact: the copy has the message id of the first");
            Assert.That(after, Is.EqualTo(before), "no new event in any service");
            Assert.That(before[0], Is.GreaterThan(0));
        });
    }

    private static int DeliveriesOf(string contract, string amazonOrderId, Guid messageId) =>
        OperationsSystem.Deliveries.Count(delivery =>
            delivery.Contract == contract && delivery.AmazonOrderId == amazonOrderId && delivery.MessageId == messageId);

    private static async Task<int[]> EventCountsAsync(string placedOrderId, string importedOrderId) =>
    [
        (await OperationsSystem.HistoryAsync(FulfillmentService.CommerceOrder, placedOrderId)).GetArrayLength(),
        (await OperationsSystem.HistoryAsync(FulfillmentService.CustomerProvisioning, placedOrderId)).GetArrayLength(),
        (await OperationsSystem.HistoryAsync(FulfillmentService.OrderImport, placedOrderId)).GetArrayLength(),
        (await OperationsSystem.HistoryAsync(FulfillmentService.CommerceOrder, importedOrderId)).GetArrayLength(),
        (await OperationsSystem.HistoryAsync(FulfillmentService.OrderImport, importedOrderId)).GetArrayLength(),
    ];

    /// <summary>Lets every copy reach its consumer: the consumers' queues stay empty for a moment.</summary>
    private static async Task WaitForQuietAsync()
    {
        var queues = new[]
        {
            FulfillmentService.CommerceOrder.QueueOf("order-pending"),
            FulfillmentService.CommerceOrder.QueueOf("order-unshipped"),
            FulfillmentService.CommerceOrder.QueueOf("customer-provisioned"),
            FulfillmentService.CustomerProvisioning.QueueOf("provision-customer"),
            FulfillmentService.OrderImport.QueueOf("commerce-order-placed"),
        };
        var quietRounds = 0;
        await Eventually.GetAsync(async () =>
        {
            var waiting = 0u;
            foreach (var queue in queues)
            {
                waiting += await QueueProbe.ReadyMessagesAsync(OperationsSystem.Running.VirtualHost.Name, queue) ?? 0;
            }

            quietRounds = waiting == 0 ? quietRounds + 1 : 0;
            await Task.Delay(300);
            return quietRounds >= 3 ? "quiet" : null;
        }, TimeSpan.FromSeconds(30), "the consumers' queues to stay empty");
    }
}
