using Fulfillment.SystemTests.CommerceHandOff;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using MassTransit;
using static Fulfillment.SystemTests.ShippingStatus.ShippingContracts;

namespace Fulfillment.SystemTests.ShippingStatus;

/// <summary>
/// The channel order through its shipments (W5, T4, O1, O2): OrderImport polls the SP-API simulator for Amazon's
/// status and reads the shipping contracts from RabbitMQ as CommerceOrder and TrackingSync would publish them, at least
/// once and in any order; the orders view over HTTP shows the status, the units and the tracking.
/// </summary>
public sealed class ShippingStatusTests
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);

    private PollingFixture _fixture = null!;
    private IBusControl _bus = null!;

    private AmazonSide Amazon => _fixture.Amazon;
    private ShippingViews Views => new(_fixture.OrderImport.Http);

    [OneTimeSetUp]
    public async Task Start()
    {
        _fixture = await PollingFixture.StartAsync();
        _bus = await _fixture.System.StartTestBusAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _bus.StopAsync();
        await _fixture.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_Unshipped_order_When_shipped_in_two_parts_and_Amazon_then_reports_it_Shipped_Then_it_is_PartiallyShipped_then_Shipped_then_Completed()
    {
        var amazonOrderId = await UnshippedOrderAsync();
        var first = Shipment(amazonOrderId, "shipment-a1", "1Z999AA10123456784", units: 1, itemsShipped: 1, DateTimeOffset.UtcNow);
        var last = Shipment(amazonOrderId, "shipment-a2", "1Z999AA10123456795", units: 2, itemsShipped: 3, DateTimeOffset.UtcNow.AddMinutes(5));

        await _bus.Publish(first);
        var partially = await Views.WhenStatusAsync(amazonOrderId, "PartiallyShipped");
        await _bus.Publish(Confirmed(first, DateTimeOffset.UtcNow.AddMinutes(1)));
        await _bus.Publish(last);
        await _bus.Publish(Confirmed(last, DateTimeOffset.UtcNow.AddMinutes(6)));
        await _bus.Publish(Completed(amazonOrderId, DateTimeOffset.UtcNow.AddMinutes(5)));
        var shipped = await Views.WhenStatusAsync(amazonOrderId, "Shipped");
        var shippedDetails = await WhenAllSubmittedAsync(amazonOrderId, 2);
        await AmazonReportsShippedAsync(amazonOrderId);
        var completed = await Views.WhenStatusAsync(amazonOrderId, "Completed");

        Assert.Multiple(() =>
        {
            Assert.That((partially.ItemsShipped, partially.ItemsUnshipped), Is.EqualTo((1, 2)));
            Assert.That(partially.Notes[0], Is.EqualTo("Shipped 1 unit from Commerce order 000000042 (1 of 3 shipped): UPS 1Z999AA10123456784"));
            Assert.That((shipped.ItemsShipped, shipped.ItemsUnshipped), Is.EqualTo((3, 0)));
            Assert.That(shippedDetails.Shipments.SelectMany(shipment => shipment.Packages).Select(package => package.TrackingNumber),
                Is.EquivalentTo(new[] { "1Z999AA10123456784", "1Z999AA10123456795" }));
            Assert.That(shippedDetails.Notes, Does.Contain("Tracking information has been submitted to Amazon"));
            Assert.That(shippedDetails.Notes, Does.Contain("Commerce order 000000042 is complete"));
            Assert.That((completed.ItemsShipped, completed.ItemsUnshipped, completed.AmazonStatus), Is.EqualTo((3, 0, "Shipped")));
        });
    }

    [Test]
    public async Task Given_a_shipped_order_When_Amazon_refuses_the_tracking_and_an_operators_retry_is_accepted_Then_it_is_Error_with_Amazons_message_then_Shipped_then_Completed()
    {
        var amazonOrderId = await UnshippedOrderAsync();
        var shipment = Shipment(amazonOrderId, "shipment-b1", "1Z999AA10123456806", units: 3, itemsShipped: 3, DateTimeOffset.UtcNow);
        await _bus.Publish(shipment);
        await Views.WhenStatusAsync(amazonOrderId, "Shipped");

        await _bus.Publish(Refused(shipment, "The tracking number is not valid for the carrier", DateTimeOffset.UtcNow.AddMinutes(1)));
        var error = await Views.WhenStatusAsync(amazonOrderId, "Error");
        var errorDetails = await Views.DetailsAsync(amazonOrderId);
        await _bus.Publish(Confirmed(shipment, DateTimeOffset.UtcNow.AddMinutes(10)));
        var retried = await Views.WhenStatusAsync(amazonOrderId, "Shipped");
        var retriedDetails = await Views.DetailsAsync(amazonOrderId);
        await AmazonReportsShippedAsync(amazonOrderId);
        await Views.WhenStatusAsync(amazonOrderId, "Completed");

        Assert.Multiple(() =>
        {
            Assert.That(error.Notes[0], Is.EqualTo("Transmission of tracking information failed: The tracking number is not valid for the carrier"));
            Assert.That(errorDetails.Shipments.Single(), Has.Property(nameof(ShipmentResponse.Confirmation)).EqualTo("Failed")
                .And.Property(nameof(ShipmentResponse.ConfirmationError)).EqualTo("The tracking number is not valid for the carrier"));
            Assert.That(retried.Notes[0], Is.EqualTo("Tracking information has been submitted to Amazon"));
            Assert.That(retriedDetails.Shipments.Single(), Has.Property(nameof(ShipmentResponse.Confirmation)).EqualTo("Submitted")
                .And.Property(nameof(ShipmentResponse.ConfirmationError)).Null);
            Assert.That(retriedDetails.History.Select(entry => entry.EventType), Is.SupersetOf(new[]
            {
                "CommerceShipmentCreated", "TrackingTransmissionFailed", "TrackingInformationSubmitted",
            }));
        });
    }

    [Test]
    public async Task Given_a_ShipmentCreated_delivered_three_times_at_once_and_again_later_When_consumed_Then_its_units_count_once()
    {
        var amazonOrderId = await UnshippedOrderAsync();
        var shipment = Shipment(amazonOrderId, "shipment-c1", "1Z999AA10123456817", units: 1, itemsShipped: 1, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _bus.Publish(shipment, context => context.MessageId = messageId)));
        await _bus.Publish(shipment);
        await QueueDrain.UntilHandledAsync(_fixture.OrderImport, _fixture.System.VirtualHost.Name, ShipmentCreatedQueue);

        var row = await Views.WhenStatusAsync(amazonOrderId, "PartiallyShipped");
        var details = await Views.DetailsAsync(amazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That((row.ItemsShipped, row.ItemsUnshipped), Is.EqualTo((1, 2)));
            Assert.That(details.History.Count(entry => entry.EventType == "CommerceShipmentCreated"), Is.EqualTo(1));
            Assert.That(details.Shipments, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_Amazon_reports_the_order_Shipped_before_the_ShipmentCreated_arrives_When_it_arrives_Then_the_order_is_Completed()
    {
        var amazonOrderId = await UnshippedOrderAsync();
        await AmazonReportsShippedAsync(amazonOrderId);
        await Views.WhenStatusAsync(amazonOrderId, "Shipped");

        await _bus.Publish(Shipment(amazonOrderId, "shipment-d1", "1Z999AA10123456828", units: 3, itemsShipped: 3, DateTimeOffset.UtcNow));

        var row = await Views.WhenStatusAsync(amazonOrderId, "Completed");
        Assert.That((row.ItemsShipped, row.ItemsUnshipped), Is.EqualTo((3, 0)));
    }

    /// <summary>A buyer's three-unit MFN order that Amazon verified and OrderImport lists <c>Unshipped</c>.</summary>
    private async Task<string> UnshippedOrderAsync()
    {
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 2, 19.90m), ("SKU-LAMP", 1, 45m));
        await Amazon.LetTimePassAsync(ListingDelay);
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(ListingDelay);
        var row = await Views.WhenStatusAsync(amazonOrderId, "Unshipped");
        Assert.That((row.ItemsOrdered, row.ItemsShipped, row.ItemsUnshipped), Is.EqualTo((UnitsOrdered, 0, UnitsOrdered)));
        return amazonOrderId;
    }

    private async Task AmazonReportsShippedAsync(string amazonOrderId)
    {
        await Amazon.ChangeStatusAsync(amazonOrderId, "Shipped");
        await Amazon.LetTimePassAsync(ListingDelay);
    }

    private Task<ShippingDetailsResponse> WhenAllSubmittedAsync(string amazonOrderId, int shipments) =>
        Eventually.GetAsync(
            async () => await Views.DetailsAsync(amazonOrderId) is { } details
                && details.Shipments.Count(shipment => shipment.Confirmation == "Submitted") == shipments
                && details.Notes.Contains("Commerce order 000000042 is complete")
                    ? details
                    : null,
            TimeSpan.FromSeconds(45), $"{shipments} shipments of {amazonOrderId} submitted to Amazon");
}
