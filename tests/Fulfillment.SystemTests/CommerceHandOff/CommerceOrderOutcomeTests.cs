using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using static Fulfillment.SystemTests.CommerceHandOff.CommerceOrderContracts;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>
/// OrderImport shows operators what CommerceOrder did with each Amazon order (W3, C1, C2, A2): it reads the contracts
/// from RabbitMQ as CommerceOrder would publish them, at least once and in any order, and the orders view over HTTP
/// tells the story once.
/// </summary>
public sealed class CommerceOrderOutcomeTests
{
    private const string OutOfStock = "Product 'SKU-MUG-RED' is out of stock (2 ordered, 0 available)";
    private const string Disabled = "Product 'SKU-MUG-RED' is disabled";

    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;

    private ServiceProcess OrderImport => _system[FulfillmentService.OrderImport];
    private ChannelOrderViews Views => new(OrderImport.Http);

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        await AmazonOrderRequests.ConnectStoreAsync(OrderImport.Http);
        _bus = await _system.StartTestBusAsync();
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        await _bus.StopAsync();
        await _system.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_order_When_CommerceOrder_blocks_it_Then_the_grid_shows_Error_with_the_C1_note()
    {
        var amazonOrderId = await RecordOrderAsync();

        await _bus.Publish(Blocked(amazonOrderId, OutOfStock));

        var row = await Views.WhenLatestNoteAsync(amazonOrderId, $"Cannot create sales order: {OutOfStock}");
        var details = (await Views.DetailsAsync(amazonOrderId))!;
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo("Error"));
            Assert.That(row.AmazonStatus, Is.EqualTo("Pending"));
            Assert.That(row.CommerceOrderNumber, Is.Null);
            Assert.That(details.ChannelStatus, Is.EqualTo("Error"));
            Assert.That(details.History[^1].Description, Is.EqualTo($"Cannot create sales order: {OutOfStock}"));
        });
    }

    [Test]
    public async Task Given_a_blocked_order_When_blocked_again_for_another_reason_Then_the_new_reason_is_the_latest_note_and_both_are_in_the_history()
    {
        var amazonOrderId = await RecordOrderAsync();
        await _bus.Publish(Blocked(amazonOrderId, OutOfStock));
        await Views.WhenLatestNoteAsync(amazonOrderId, $"Cannot create sales order: {OutOfStock}");

        await _bus.Publish(Blocked(amazonOrderId, Disabled, minutesLater: 30));

        var row = await Views.WhenLatestNoteAsync(amazonOrderId, $"Cannot create sales order: {Disabled}");
        var details = await Views.DetailsAsync(amazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo("Error"));
            Assert.That(row.Notes, Is.EqualTo(new[] { $"Cannot create sales order: {Disabled}", $"Cannot create sales order: {OutOfStock}" }));
            Assert.That(
                details!.History.Where(entry => entry.EventType == "CommerceOrderCreationBlocked").Select(entry => entry.Description),
                Is.EqualTo(new[] { $"Cannot create sales order: {OutOfStock}", $"Cannot create sales order: {Disabled}" }));
        });
    }

    [Test]
    public async Task Given_a_blocked_order_When_its_Commerce_order_is_placed_Then_the_number_is_shown_the_status_is_Amazons_again_and_the_latest_note_tells_the_creation()
    {
        var amazonOrderId = await RecordOrderAsync();
        await _bus.Publish(Blocked(amazonOrderId, OutOfStock));
        await Views.WhenLatestNoteAsync(amazonOrderId, $"Cannot create sales order: {OutOfStock}");

        await _bus.Publish(Placed(amazonOrderId, "000000042"));

        var row = await Views.WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000042 created");
        var details = (await Views.DetailsAsync(amazonOrderId))!;
        Assert.Multiple(() =>
        {
            Assert.That(row.CommerceOrderNumber, Is.EqualTo("000000042"));
            Assert.That(row.Status, Is.EqualTo("Pending"), "Amazon's status again, not Error");
            Assert.That(details.CommerceOrderNumber, Is.EqualTo("000000042"));
            Assert.That(details.ChannelStatus, Is.EqualTo("Pending"));
            Assert.That(details.History[^1].EventType, Is.EqualTo("CommerceOrderCreated"));
            Assert.That(details.History[^1].Description, Is.EqualTo("Commerce order 000000042 created"));
        });
    }

    [Test]
    public async Task Given_a_placed_order_When_a_duplicate_of_the_earlier_block_arrives_late_Then_nothing_changes()
    {
        var amazonOrderId = await RecordOrderAsync();
        var block = Blocked(amazonOrderId, OutOfStock);
        var blockMessageId = NewId.NextGuid();
        await _bus.Publish(block, context => context.MessageId = blockMessageId);
        await Views.WhenLatestNoteAsync(amazonOrderId, $"Cannot create sales order: {OutOfStock}");
        await _bus.Publish(Placed(amazonOrderId, "000000043"));
        await Views.WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000043 created");
        var before = (await Views.DetailsAsync(amazonOrderId))!;
        var failedBefore = await FailedAsync(BlockedQueue);

        await _bus.Publish(block, context => context.MessageId = blockMessageId);
        await QueueDrain.UntilHandledAsync(OrderImport, _system.VirtualHost.Name, BlockedQueue);

        var after = (await Views.DetailsAsync(amazonOrderId))!;
        Assert.Multiple(async () =>
        {
            Assert.That(after.Version, Is.EqualTo(before.Version), "nothing appended to the order's stream");
            Assert.That(after.ChannelStatus, Is.EqualTo("Pending"));
            Assert.That(after.Notes, Is.EqualTo(before.Notes));
            Assert.That(after.CommerceOrderNumber, Is.EqualTo("000000043"));
            Assert.That(await FailedAsync(BlockedQueue), Is.EqualTo(failedBefore), "the late copy did not fail");
        });
    }

    [Test]
    public async Task Given_a_CommerceOrderPlaced_delivered_three_times_at_once_When_consumed_Then_the_history_has_one_creation()
    {
        var amazonOrderId = await RecordOrderAsync();
        var placed = Placed(amazonOrderId, "000000044");
        var messageId = NewId.NextGuid();
        var failedBefore = await FailedAsync(PlacedQueue);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _bus.Publish(placed, context => context.MessageId = messageId)));
        await QueueDrain.UntilHandledAsync(OrderImport, _system.VirtualHost.Name, PlacedQueue);

        var details = (await Views.DetailsAsync(amazonOrderId))!;
        Assert.Multiple(async () =>
        {
            Assert.That(details.History.Count(entry => entry.EventType == "CommerceOrderCreated"), Is.EqualTo(1));
            Assert.That(details.Notes, Is.EqualTo(new[] { "Commerce order 000000044 created" }));
            Assert.That(details.CommerceOrderNumber, Is.EqualTo("000000044"));
            Assert.That(await FailedAsync(PlacedQueue), Is.EqualTo(failedBefore),
                "a copy that lost the race was retried and found the order recorded");
        });
    }

    [Test]
    public async Task Given_a_Commerce_order_When_CommerceOrder_refunds_and_closes_it_Then_the_latest_note_says_so()
    {
        var amazonOrderId = await RecordOrderAsync();
        await _bus.Publish(Placed(amazonOrderId, "000000045"));
        await Views.WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000045 created");

        await _bus.Publish(Closed(amazonOrderId, "000000045"));

        var row = await Views.WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000045 refunded in full (39.80 USD) and closed");
        var details = (await Views.DetailsAsync(amazonOrderId))!;
        Assert.Multiple(() =>
        {
            Assert.That(row.CommerceOrderNumber, Is.EqualTo("000000045"));
            Assert.That(details.History[^1].EventType, Is.EqualTo("CommerceOrderRefundedAndClosed"));
        });
    }

    [Test]
    public async Task Given_an_Amazon_order_OrderImport_never_imported_When_its_Commerce_order_is_placed_Then_the_message_goes_to_the_error_queue_with_the_reason()
    {
        var unknown = AmazonOrderRequests.NewAmazonOrderId();

        await _bus.Publish(Placed(unknown, "000000046"));

        var fault = await Eventually.GetAsync(
            async () => (await ErrorQueue.TakeFaultAsync(_system.VirtualHost.Name, PlacedQueue + "_error"))?.Reason,
            TimeSpan.FromSeconds(30), "the message to land in the error queue");
        Assert.Multiple(async () =>
        {
            Assert.That(fault, Does.Contain(unknown).And.Contain("never imported"));
            Assert.That(await Views.DetailsAsync(unknown), Is.Null, "no order appears from a Commerce message");
        });
    }

    private async Task<uint> FailedAsync(string queue) =>
        await QueueProbe.ReadyMessagesAsync(_system.VirtualHost.Name, queue + "_error") ?? 0;

    private async Task<string> RecordOrderAsync()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        using var response = await AmazonOrderRequests.RecordAsync(OrderImport.Http, AmazonOrderRequests.PendingSnapshot(amazonOrderId));
        response.EnsureSuccessStatusCode();
        return amazonOrderId;
    }
}
