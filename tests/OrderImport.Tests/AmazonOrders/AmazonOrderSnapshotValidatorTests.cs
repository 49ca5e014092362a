using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;
using Fulfillment.OrderImport.Tests.SpApi;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

public sealed class AmazonOrderSnapshotValidatorTests
{
    private static readonly DateTimeOffset Purchased = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly ManualClock Clock = new();
    private readonly AmazonOrderSnapshotValidator _validator = new(Clock);

    static AmazonOrderSnapshotValidatorTests() => Clock.Advance(TimeSpan.FromDays(1));

    private static AmazonOrderSnapshot Valid() => new(
        "111-2223334-4445556", "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending,
        Purchased, Purchased.AddMinutes(5), [new AmazonOrderItem("11111111111111", "SKU-MUG-RED", 2)]);

    private IEnumerable<string> FailingFields(AmazonOrderSnapshot snapshot) =>
        _validator.Validate(snapshot).Errors.Select(error => error.PropertyName);

    [Test]
    public void Given_a_complete_pending_snapshot_When_validated_Then_it_passes() =>
        Assert.That(FailingFields(Valid()), Is.Empty);

    [TestCase("")]
    [TestCase("1112223334-4445556")]
    [TestCase("111-2223334-444555")]
    public void Given_an_order_id_not_shaped_like_Amazon_s_When_validated_Then_AmazonOrderId_fails(string amazonOrderId) =>
        Assert.That(FailingFields(Valid() with { AmazonOrderId = amazonOrderId }), Is.EqualTo(new[] { "AmazonOrderId" }));

    [Test]
    public void Given_a_status_other_than_Pending_When_validated_Then_OrderStatus_fails() =>
        Assert.That(
            FailingFields(Valid() with { OrderStatus = AmazonOrderStatus.Unshipped }),
            Is.EqualTo(new[] { "OrderStatus" }));

    [Test]
    public void Given_no_items_When_validated_Then_Items_fails() =>
        Assert.That(FailingFields(Valid() with { Items = [] }), Is.EqualTo(new[] { "Items" }));

    [Test]
    public void Given_an_item_without_SKU_and_quantity_When_validated_Then_both_fields_are_named() =>
        Assert.That(
            FailingFields(Valid() with { Items = [new AmazonOrderItem("11111111111111", "", 0)] }),
            Is.EquivalentTo(new[] { "Items[0].SellerSku", "Items[0].Quantity" }));

    [Test]
    public void Given_a_last_update_before_the_purchase_When_validated_Then_LastUpdateDate_fails() =>
        Assert.That(
            FailingFields(Valid() with { LastUpdateDate = Purchased.AddMinutes(-1) }),
            Is.EqualTo(new[] { "LastUpdateDate" }));

    [Test]
    public void Given_a_snapshot_updated_after_now_When_validated_Then_LastUpdateDate_fails() =>
        Assert.That(
            FailingFields(Valid() with { LastUpdateDate = Clock.GetUtcNow().AddHours(1) }),
            Is.EqualTo(new[] { "LastUpdateDate" }));

    [TestCase(0)]
    [TestCase(10_001)]
    [TestCase(int.MaxValue)]
    public void Given_an_absurd_quantity_When_validated_Then_the_line_s_Quantity_fails(int quantity) =>
        Assert.That(
            FailingFields(Valid() with { Items = [new AmazonOrderItem("11111111111111", "SKU-MUG-RED", quantity)] }),
            Is.EqualTo(new[] { "Items[0].Quantity" }));

    [Test]
    public void Given_more_lines_than_an_order_holds_When_validated_Then_Items_fails() =>
        Assert.That(
            FailingFields(Valid() with { Items = [.. Enumerable.Range(1, 501).Select(line => new AmazonOrderItem($"{line}", "SKU-MUG-RED", 1))] }),
            Is.EqualTo(new[] { "Items" }));
}
