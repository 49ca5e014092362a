using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>W5 and T1 on the Commerce side: shipping from Commerce, partial and whole, and every refusal of T1.</summary>
public sealed class ShippingTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    private static object Track(string number, string carrier = "ups", string title = "UPS", object[]? items = null) =>
        items is null
            ? new { track_number = number, title, carrier_code = carrier }
            : new { track_number = number, title, carrier_code = carrier, items };

    private static object Item(string id, int qty) => new { order_item_id = id, qty };

    private static readonly object OneUnitByUps =
        new { items = new[] { Item("1", 1) }, tracks = new[] { Track("1Z999AA10123456784") } };

    /// <summary>The version of the order's stream: a refused shipment leaves it where it was.</summary>
    private static async Task<long> VersionOfAsync(string amazonOrderId) =>
        (await Commerce.ProcessOfAsync(amazonOrderId))!.Value.GetProperty("version").GetInt64();

    private static async Task<(VerifiedOrders Order, string Number)> PlacedAsync()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);
        await Commerce.PublishAsync(order.Unshipped());
        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        return (order, placed.GetProperty("increment_id").GetString()!);
    }

    [Test]
    public async Task Given_a_placed_order_When_shipped_in_two_parts_Then_each_shipment_is_published_once_and_the_order_completes()
    {
        var (order, number) = await PlacedAsync();

        using var first = await Commerce.ShipAsync(number, new
        {
            items = new[] { Item("1", 1) },
            tracks = new[] { Track("1Z999AA10123456784"), Track("AB-77", "custom", "Royal Mail") },
        });
        var firstProblem = await first.Content.ReadAsStringAsync();
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "two tracks must say which items each carries");
        Assert.That(firstProblem, Does.Contain("tracks"));

        using var partial = await Commerce.ShipAsync(number, new
        {
            items = new[] { Item("1", 1) },
            tracks = new[] { Track("1Z999AA10123456784", items: [Item("1", 1)]) },
        });
        var afterPartial = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        using var rest = await Commerce.ShipAsync(number, new
        {
            items = new[] { Item("1", 1) },
            tracks = new[] { Track("AB-77", "custom", "Royal Mail") },
            notify = true,
        });
        var shipped = await rest.Content.ReadFromJsonAsync<JsonElement>();
        var complete = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        var completedPublished = await Eventually.GetAsync(
            () => Task.FromResult(Commerce.Published.Last<CommerceOrderCompleted>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "CommerceOrderCompleted");
        var lastShipment = Commerce.Published.Last<ShipmentCreated>(order.AmazonOrderId);

        Assert.Multiple(() =>
        {
            Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(afterPartial.GetProperty("state").GetString(), Is.EqualTo("processing"));
            Assert.That(afterPartial.GetProperty("items")[0].GetProperty("qty_shipped").GetInt32(), Is.EqualTo(1));
            Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(shipped.GetProperty("order_state").GetString(), Is.EqualTo("complete"));
            Assert.That(shipped.GetProperty("packages")[0].GetProperty("package_reference_id").GetString(), Is.EqualTo("2"));
            Assert.That(complete.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That(complete.GetProperty("email_sent").GetBoolean(), Is.False, "notify is ignored: Amazon tells the buyer");
            Assert.That(completedPublished.CommerceOrderNumber, Is.EqualTo(number));
            Assert.That(Commerce.Published.CountOf<ShipmentCreated>(order.AmazonOrderId), Is.EqualTo(2));
            Assert.That(lastShipment!.ItemsUnshipped, Is.Zero);
            Assert.That(lastShipment.Packages.Single().CarrierTitle, Is.EqualTo("Royal Mail"));
            Assert.That(lastShipment.Packages.Single().Items.Single().AmazonOrderItemId, Is.EqualTo(order.Lines[0].OrderItemId));
        });
    }

    [Test]
    public async Task Given_a_shipment_sent_twice_with_one_idempotency_key_When_recorded_Then_it_is_one_shipment()
    {
        var (order, number) = await PlacedAsync();
        var request = new { items = new[] { Item("1", 1) }, tracks = new[] { Track("1Z999AA10123456784") } };

        using var first = await Commerce.ShipAsync(number, request, idempotencyKey: "wms-shipment-1");
        using var again = await Commerce.ShipAsync(number, request, idempotencyKey: "wms-shipment-1");

        var commerceOrder = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(commerceOrder.GetProperty("items")[0].GetProperty("qty_shipped").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_UPS_number_pasted_in_groups_with_spaces_When_shipped_Then_it_is_accepted_and_published_as_UPS_prints_it()
    {
        var (order, number) = await PlacedAsync();

        using var response = await Commerce.ShipAsync(number, new
        {
            items = new[] { Item("1", 1) },
            tracks = new[] { Track(" 1Z 999 AA1 01 2345 6784 ", carrier: "UPS") },
        });

        var shipment = await Eventually.GetAsync(
            () => Task.FromResult(Commerce.Published.Last<ShipmentCreated>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "ShipmentCreated");
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            Assert.That(shipment.Packages.Single().TrackingNumber, Is.EqualTo("1Z999AA10123456784"));
            Assert.That(shipment.Packages.Single().CarrierCode, Is.EqualTo("ups"));
        });
    }

    private static readonly TestCaseData[] InvalidShipments =
    [
        new TestCaseData(new { items = new[] { Item("9", 1) }, tracks = new[] { Track("1Z999AA10123456784") } }, "items[0].order_item_id")
            .SetName("Unknown item"),
        new TestCaseData(new { items = new[] { Item("1", 3) }, tracks = new[] { Track("1Z999AA10123456784") } }, "items[0].qty")
            .SetName("Quantity above what is left"),
        new TestCaseData(new { items = new[] { Item("1", 1) }, tracks = new[] { Track("") } }, "tracks[0].track_number")
            .SetName("Empty tracking number"),
        new TestCaseData(new { items = new[] { Item("1", 1) }, tracks = new[] { Track("1Z-NOT-UPS") } }, "tracks[0].track_number")
            .SetName("Tracking number not of the carrier's shape"),
        new TestCaseData(new { items = new[] { Item("1", 1) }, tracks = Array.Empty<object>() }, "tracks")
            .SetName("No tracking number"),
        new TestCaseData(new { items = Array.Empty<object>(), tracks = new[] { Track("1Z999AA10123456784") } }, "items")
            .SetName("No items"),
    ];

    [TestCaseSource(nameof(InvalidShipments))]
    public async Task Given_an_invalid_shipment_When_sent_Then_400_names_the_field_and_nothing_is_recorded(object request, string field)
    {
        var (order, number) = await PlacedAsync();
        var before = (await Commerce.ProcessOfAsync(order.AmazonOrderId))!.Value.GetProperty("version").GetInt64();

        using var response = await Commerce.ShipAsync(number, request);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = (await Commerce.ProcessOfAsync(order.AmazonOrderId))!.Value.GetProperty("version").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
            Assert.That(after, Is.EqualTo(before), "nothing recorded");
        });
    }

    [Test]
    public async Task Given_orders_that_cannot_ship_When_shipped_Then_400_names_the_order_and_nothing_is_recorded()
    {
        var fba = VerifiedOrders.New();
        await Commerce.SaveProductAsync(fba.Sku, quantity: 5);
        await Commerce.PublishAsync(fba.Shipped());
        var fbaNumber = (await Commerce.PlacedOrderAsync(fba.AmazonOrderId)).GetProperty("increment_id").GetString()!;
        var pending = VerifiedOrders.New();
        await Commerce.PublishAsync(pending.Pending());
        await Commerce.ProcessInStageAsync(pending.AmazonOrderId, "AwaitingAmazonVerification");
        var (fbaBefore, pendingBefore) = (await VersionOfAsync(fba.AmazonOrderId), await VersionOfAsync(pending.AmazonOrderId));

        using var fbaResponse = await Commerce.ShipAsync(fbaNumber, OneUnitByUps);
        using var unknown = await Commerce.ShipAsync("999999999", OneUnitByUps);
        // A warehouse that ships by Amazon's number before Commerce has an order for it.
        using var notYetPlaced = await Commerce.ShipAsync(pending.AmazonOrderId, OneUnitByUps);

        var fbaProblem = await fbaResponse.Content.ReadFromJsonAsync<JsonElement>();
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        var notYetPlacedProblem = await notYetPlaced.Content.ReadFromJsonAsync<JsonElement>();
        var (fbaAfter, pendingAfter) = (await VersionOfAsync(fba.AmazonOrderId), await VersionOfAsync(pending.AmazonOrderId));
        Assert.Multiple(() =>
        {
            Assert.That(fbaResponse.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(fbaProblem, "incrementId"), Does.Contain("fulfilled by Amazon"));
            Assert.That(fbaAfter, Is.EqualTo(fbaBefore), "nothing recorded on the FBA order");
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(unknownProblem, "incrementId"), Does.Contain("999999999"));
            Assert.That(notYetPlaced.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(notYetPlacedProblem, "incrementId"), Does.Contain(pending.AmazonOrderId));
            Assert.That(pendingAfter, Is.EqualTo(pendingBefore), "nothing recorded on the order Commerce has not placed");
        });
    }

    [Test]
    public async Task Given_a_complete_order_When_shipped_again_Then_400_names_the_order_and_nothing_is_recorded()
    {
        var (order, number) = await PlacedAsync();
        using var whole = await Commerce.ShipAsync(number, new { items = new[] { Item("1", 2) }, tracks = new[] { Track("1Z999AA10123456784") } });
        Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.Created), await whole.Content.ReadAsStringAsync());
        var before = await VersionOfAsync(order.AmazonOrderId);

        using var again = await Commerce.ShipAsync(number, new { items = new[] { Item("1", 1) }, tracks = new[] { Track("1Z999AA10123456785") } });

        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        var after = await VersionOfAsync(order.AmazonOrderId);
        var commerceOrder = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(problem, "incrementId"), Is.EqualTo($"Order {number} is complete: nothing is left to ship."));
            Assert.That(after, Is.EqualTo(before), "nothing recorded");
            Assert.That(commerceOrder.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That(commerceOrder.GetProperty("items")[0].GetProperty("qty_shipped").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_an_order_Amazon_canceled_and_Commerce_closed_When_shipped_Then_400_names_the_order_and_nothing_is_recorded()
    {
        var (order, number) = await PlacedAsync();
        await Commerce.PublishAsync(order.Canceled());
        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "Closed");
        var before = await VersionOfAsync(order.AmazonOrderId);

        using var response = await Commerce.ShipAsync(number, OneUnitByUps);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = await VersionOfAsync(order.AmazonOrderId);
        var commerceOrder = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(problem, "incrementId"), Is.EqualTo($"Order {number} is closed and cannot ship."));
            Assert.That(after, Is.EqualTo(before), "nothing recorded");
            Assert.That(commerceOrder.GetProperty("items")[0].GetProperty("qty_shipped").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task Given_a_partly_shipped_order_When_more_than_the_rest_is_shipped_Then_400_names_the_items_qty_and_nothing_is_recorded()
    {
        var (order, number) = await PlacedAsync();
        using var partial = await Commerce.ShipAsync(number, OneUnitByUps);
        Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.Created), await partial.Content.ReadAsStringAsync());
        var before = await VersionOfAsync(order.AmazonOrderId);

        // Two were ordered and one has shipped: two more is one too many, though not more than was ordered.
        using var response = await Commerce.ShipAsync(
            number, new { items = new[] { Item("1", 2) }, tracks = new[] { Track("1Z999AA10123456785") } });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = await VersionOfAsync(order.AmazonOrderId);
        var commerceOrder = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ErrorOf(problem, "items[0].qty"), Does.Contain("has 1 left to ship, not 2"));
            Assert.That(after, Is.EqualTo(before), "nothing recorded");
            Assert.That(commerceOrder.GetProperty("state").GetString(), Is.EqualTo("processing"));
            Assert.That(commerceOrder.GetProperty("items")[0].GetProperty("qty_shipped").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_partly_shipped_order_When_Amazon_cancels_it_Then_it_is_flagged_for_a_return_and_not_refunded()
    {
        var (order, number) = await PlacedAsync();
        using var shipped = await Commerce.ShipAsync(number, new { items = new[] { Item("1", 1) }, tracks = new[] { Track("1Z999AA10123456784") } });

        await Commerce.PublishAsync(order.Canceled());

        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "ReturnRequired");
        var flagged = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(shipped.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(flagged.GetProperty("status").GetString(), Is.EqualTo("return_required"));
            Assert.That(flagged.GetProperty("total_refunded").GetDecimal(), Is.Zero);
        });
    }

    /// <summary>The ProblemDetails' messages for one field, joined; empty when the field is not named.</summary>
    private static string ErrorOf(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? string.Join(" ", messages.EnumerateArray().Select(message => message.GetString()))
            : "";
}
