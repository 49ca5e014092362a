using FluentValidation;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.CancelCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class ShipCommerceOrderTests
{
    private static readonly ShipOrderTrack Ups = new("1Z999AA10123456784", "UPS", "ups");

    /// <summary>The MFN order of <see cref="Given"/>, placed: item 1 is 2 red mugs, item 2 one T-shirt.</summary>
    private static CommerceOrderProcess PlacedOrder(string channel = FulfillmentChannels.Merchant)
    {
        var verified = VerifyAmazonOrderDecider.Decide(null, Given.Verification(channel), Given.InStock, Given.Websites);
        var process = Given.Apply(null, verified);
        return Given.Apply(process, PlaceCommerceOrderDecider.Decide(
            process, new PlaceCommerceOrder(Given.OrderId, null, true, 42, Given.Now), Given.InStock, Given.Websites));
    }

    private static IDictionary<string, string[]> Errors(CommerceOrderProcess order, ShipOrderRequest request)
    {
        var context = new ValidationContext<ShipOrderRequest>(request);
        context.RootContextData[ShipOrderRequestValidator.OrderKey] = order;
        return new ShipOrderRequestValidator().Validate(context).ToDictionary();
    }

    [Test]
    public void Given_a_placed_order_When_one_item_ships_in_two_packages_Then_each_package_is_numbered_and_carries_its_items()
    {
        var order = PlacedOrder();
        var request = new ShipOrderRequest(
            [new ShipOrderItem("1", 2)],
            [Ups with { Items = [new ShipOrderItem("1", 1)] }, new ShipOrderTrack("JJD000390007827583", "DHL", "DHL", [new ShipOrderItem("1", 1)])]);

        var events = ShipCommerceOrderDecider.Decide(order, new ShipCommerceOrder("s1", request, Given.Now));

        var shipped = (ShipmentRecorded)events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(shipped.Packages.Select(package => package.PackageReferenceId), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(shipped.Packages[1].CarrierCode, Is.EqualTo("dhl"));
            Assert.That(shipped.Packages[0].Lines.Single(), Is.EqualTo(new ShipmentLine("1", "item-1", "MUG-RED", 1)));
            Assert.That((shipped.ItemsShipped, shipped.ItemsUnshipped), Is.EqualTo((2, 1)));
            Assert.That(Given.Apply(order, events).Stage, Is.EqualTo(CommerceOrderStage.Placed));
        });
    }

    [Test]
    public void Given_a_partly_shipped_order_When_the_rest_ships_Then_package_numbers_go_on_and_the_order_completes()
    {
        var order = Given.Apply(PlacedOrder(), ShipCommerceOrderDecider.Decide(PlacedOrder(),
            new ShipCommerceOrder("s1", new ShipOrderRequest([new ShipOrderItem("1", 2)], [Ups]), Given.Now)));

        var events = ShipCommerceOrderDecider.Decide(order, new ShipCommerceOrder(
            "s2", new ShipOrderRequest([new ShipOrderItem("2", 1)], [Ups with { TrackNumber = "1Z999AA10123456785" }]), Given.Now));

        Assert.Multiple(() =>
        {
            Assert.That(((ShipmentRecorded)events[0]).Packages.Single().PackageReferenceId, Is.EqualTo("2"));
            Assert.That(events[1], Is.EqualTo(new OrderCompleted(Given.OrderId, Given.StoreId, "000000042", Given.Now)));
            Assert.That(Given.Apply(order, events).Stage, Is.EqualTo(CommerceOrderStage.Completed));
            Assert.That(ShipCommerceOrderDecider.Decide(order, new ShipCommerceOrder(
                "s1", new ShipOrderRequest([new ShipOrderItem("2", 1)], [Ups]), Given.Now)), Is.Empty, "the same shipment id again");
        });
    }

    [TestCase("9", 1, "items[0].order_item_id")]
    [TestCase("1", 3, "items[0].qty")]
    [TestCase("1", 0, "items[0].qty")]
    public void Given_a_placed_order_When_an_item_is_unknown_or_over_what_is_left_Then_the_field_is_named(
        string itemId, int quantity, string field)
    {
        var errors = Errors(PlacedOrder(), new ShipOrderRequest([new ShipOrderItem(itemId, quantity)], [Ups]));

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { field }));
    }

    [TestCase("ups", "1Z12", "tracks[0].track_number")]
    [TestCase("fedex", "12345", "tracks[0].track_number")]
    [TestCase("ups", "", "tracks[0].track_number")]
    [TestCase("", "1Z999AA10123456784", "tracks[0].carrier_code")]
    public void Given_a_bad_track_When_validated_Then_the_field_is_named(string carrier, string number, string field)
    {
        var errors = Errors(PlacedOrder(), new ShipOrderRequest([new ShipOrderItem("1", 1)], [new ShipOrderTrack(number, "Carrier", carrier)]));

        Assert.That(errors.Keys, Does.Contain(field));
    }

    [TestCase(" 1Z999AA10123456784 ", "ups", "1Z999AA10123456784", "ups")]
    [TestCase("1Z 999 AA1 01 2345 6784", "UPS", "1Z999AA10123456784", "ups")]
    [TestCase("1z999aa10123456784\t", " Ups ", "1Z999AA10123456784", "ups")]
    [TestCase("1234 5678 9012", "FedEx", "123456789012", "fedex")]
    [TestCase(" AB 77 x ", "custom", "AB77x", "custom")]
    public void Given_a_tracking_number_as_people_paste_it_When_normalised_Then_it_is_valid_and_recorded_as_the_carrier_prints_it(
        string pasted, string carrierCode, string recorded, string recordedCarrier)
    {
        var request = new ShipOrderRequest([new ShipOrderItem("1", 1)], [new ShipOrderTrack(pasted, "Carrier", carrierCode)]).Normalised();

        Assert.Multiple(() =>
        {
            Assert.That(Errors(PlacedOrder(), request), Is.Empty);
            Assert.That(request.Tracks![0].TrackNumber, Is.EqualTo(recorded));
            Assert.That(request.Tracks[0].CarrierCode, Is.EqualTo(recordedCarrier));
        });
    }

    [Test]
    public void Given_a_UPS_number_a_digit_short_When_validated_Then_the_refusal_says_what_the_number_has()
    {
        var request = new ShipOrderRequest(
            [new ShipOrderItem("1", 1)], [new ShipOrderTrack("1Z 999 AA1 01 2345 678", "UPS", "ups")]).Normalised();

        var errors = Errors(PlacedOrder(), request);

        Assert.That(errors["tracks[0].track_number"], Is.EqualTo(new[]
        {
            "A UPS tracking number is 1Z followed by 16 letters or digits; '1Z999AA1012345678' has 17 characters.",
        }));
    }

    [Test]
    public void Given_a_UPS_number_with_dashes_When_validated_Then_the_refusal_names_the_dash()
    {
        var errors = Errors(PlacedOrder(), new ShipOrderRequest(
            [new ShipOrderItem("1", 1)], [new ShipOrderTrack("1Z-999AA1-0123456784", "UPS", "ups")]).Normalised());

        Assert.That(errors["tracks[0].track_number"][0], Does.EndWith("has 20 characters, among them '-'."));
    }

    [Test]
    public void Given_another_carrier_When_it_has_no_title_Then_the_title_is_named_and_any_number_goes()
    {
        var order = PlacedOrder();

        Assert.Multiple(() =>
        {
            Assert.That(Errors(order, new ShipOrderRequest([new ShipOrderItem("1", 1)], [new ShipOrderTrack("AB-12", null, "custom")])).Keys,
                Is.EquivalentTo(new[] { "tracks[0].title" }));
            Assert.That(Errors(order, new ShipOrderRequest([new ShipOrderItem("1", 1)], [new ShipOrderTrack("AB-12", "Royal Mail", "custom")])),
                Is.Empty);
        });
    }

    [Test]
    public void Given_several_tracks_When_their_items_do_not_add_up_Then_tracks_is_named()
    {
        var errors = Errors(PlacedOrder(), new ShipOrderRequest(
            [new ShipOrderItem("1", 2)],
            [Ups with { Items = [new ShipOrderItem("1", 1)] }, Ups with { TrackNumber = "1Z999AA10123456785" }]));

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "tracks" }));
    }

    [Test]
    public void Given_orders_that_cannot_ship_When_validated_Then_the_order_is_named()
    {
        var fba = PlacedOrder(FulfillmentChannels.Amazon);
        var closed = Given.Apply(PlacedOrder(), CancelCommerceOrderDecider.Decide(
            PlacedOrder(), new CancelCommerceOrder(Given.OrderId, Given.StoreId, "MFN", Given.Now), Given.InStock));
        var request = new ShipOrderRequest([new ShipOrderItem("1", 1)], [Ups]);

        Assert.Multiple(() =>
        {
            Assert.That(Errors(fba, request)["incrementId"].Single(), Does.Contain("fulfilled by Amazon"));
            Assert.That(Errors(closed, request)["incrementId"].Single(), Does.Contain("closed"));
        });
    }

    [Test]
    public void Given_a_partly_shipped_order_When_Amazon_cancels_it_Then_it_is_flagged_for_a_return_not_refunded()
    {
        var order = Given.Apply(PlacedOrder(), ShipCommerceOrderDecider.Decide(PlacedOrder(),
            new ShipCommerceOrder("s1", new ShipOrderRequest([new ShipOrderItem("1", 1)], [Ups]), Given.Now)));

        var events = CancelCommerceOrderDecider.Decide(order, new CancelCommerceOrder(Given.OrderId, Given.StoreId, "MFN", Given.Now), Given.InStock);

        Assert.Multiple(() =>
        {
            Assert.That(events.Single(), Is.EqualTo(new OrderFlaggedForReturn(Given.OrderId, Given.StoreId, "000000042", 1, Given.Now)));
            Assert.That(Given.Apply(order, events).Stage, Is.EqualTo(CommerceOrderStage.ReturnRequired));
        });
    }
}
