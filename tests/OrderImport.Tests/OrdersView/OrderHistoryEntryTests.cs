using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView.GetOrderDetails;

namespace Fulfillment.OrderImport.Tests.OrdersView;

/// <summary>What an operator reads in an order's history (O2): each event said in a line, with no personal data.</summary>
public sealed class OrderHistoryEntryTests
{
    private const string OrderId = "111-2223334-4445556";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly AmazonOrderItem[] Items =
        [new("11111111111111", "SKU-MUG-RED", 2), new("22222222222222", "SKU-LAMP", 1)];

    private static IEnumerable<TestCaseData> Events()
    {
        yield return new TestCaseData(
            new AmazonOrderImported(OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending,
                Now, Now, Items, Now, 1),
            "Imported from Amazon as Pending (MFN, 3 units)").SetName("Imported");
        yield return new TestCaseData(
            new AmazonOrderImported(OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.AFN, AmazonOrderStatus.Shipped,
                Now, Now, [Items[1]], Now, 1),
            "Imported from Amazon as Shipped (AFN, 1 unit)").SetName("Imported with one unit");
        yield return new TestCaseData(
            new AmazonOrderStatusChanged(OrderId, AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Now, Now, 2),
            "Amazon status changed from Pending to Unshipped").SetName("Status changed");
        yield return new TestCaseData(
            new AmazonOrderDetailsRecorded(OrderId, Items, new AmazonOrderTotal(1234.5m, "USD"), true, Now),
            "Prices recorded, total 1234.50 USD; buyer details received").SetName("Details with buyer");
        yield return new TestCaseData(
            new AmazonOrderDetailsRecorded(OrderId, Items, new AmazonOrderTotal(45m, "EUR"), false, Now),
            "Prices recorded, total 45.00 EUR; no buyer details from Amazon").SetName("Details without buyer");
        yield return new TestCaseData(
            new BuyerCancellationRequested(OrderId, "Ordered by mistake", Now, Now),
            "The buyer asked to cancel: Ordered by mistake").SetName("Cancel request");
        yield return new TestCaseData(
            new BuyerCancellationRequested(OrderId, "", Now, Now), "The buyer asked to cancel").SetName("Cancel request without reason");
        yield return new TestCaseData(
            new AmazonOrderImportFailed(OrderId, "Amazon answered 400 InvalidInput", Now),
            "Import failed: Amazon answered 400 InvalidInput").SetName("Import failed");
        yield return new TestCaseData(new AmazonOrderImportRecovered(OrderId, Now), "Imported again after the error")
            .SetName("Import recovered");
        yield return new TestCaseData(
            new CommerceOrderCreationBlocked(OrderId, "Product 'SKU-LAMP' is disabled", ["SKU-LAMP"], Now, Now),
            "Cannot create sales order: Product 'SKU-LAMP' is disabled").SetName("Commerce order blocked");
        yield return new TestCaseData(
            new CommerceOrderCreated(OrderId, "000000042", Now, Now), "Commerce order 000000042 created")
            .SetName("Commerce order created");
        yield return new TestCaseData(
            new CommerceOrderRefundedAndClosed(OrderId, "000000042", 1234.5m, "USD", Now, Now),
            "Commerce order 000000042 refunded in full (1234.50 USD) and closed").SetName("Commerce order closed");
        yield return new TestCaseData(
            new CommerceOrderMarkedComplete(OrderId, "000000042", Now, Now), "Commerce order 000000042 is complete")
            .SetName("Commerce order complete");
        yield return new TestCaseData(
            new CommerceShipmentCreated(OrderId, "shipment-7", "000000042",
                [new ShipmentPackage("1", "ups", "UPS", "1Z999AA10123456784", 2), new ShipmentPackage("2", "custom", "Acme Freight", "AF-1", 1)],
                3, 0, Now, Now),
            "Shipment shipment-7: Shipped 3 units from Commerce order 000000042 (3 of 3 shipped): UPS 1Z999AA10123456784, Acme Freight AF-1")
            .SetName("Shipment created");
        yield return new TestCaseData(
            new TrackingInformationSubmitted(OrderId, "shipment-7", ["1Z999AA10123456784", "AF-1"], Now, Now),
            "Tracking information has been submitted to Amazon (shipment shipment-7: 1Z999AA10123456784, AF-1)")
            .SetName("Tracking submitted");
        yield return new TestCaseData(
            new TrackingTransmissionFailed(OrderId, "shipment-7", "2", "AF-1", "InvalidInput", "Invalid carrier name", Now, Now),
            "Transmission of tracking information failed: Invalid carrier name (shipment shipment-7, tracking number AF-1, Amazon error InvalidInput)")
            .SetName("Tracking transmission failed");
    }

    [TestCaseSource(nameof(Events))]
    public void Given_an_order_event_When_described_Then_an_operator_reads_what_happened(object @event, string expected) =>
        Assert.That(OrderHistoryEntry.Describe(@event), Is.EqualTo(expected));

    [Test]
    public void Given_an_event_this_view_does_not_know_When_described_Then_its_type_is_named() =>
        Assert.That(OrderHistoryEntry.Describe(new UnknownToTheView(OrderId)), Is.EqualTo(nameof(UnknownToTheView)));

    private sealed record UnknownToTheView(string AmazonOrderId);
}
