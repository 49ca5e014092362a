using static Fulfillment.SystemTests.OrdersView.OrdersViewSystem;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>Each filter of <c>GET /api/orders</c> narrows the grid to the orders it names, and only those (O1).</summary>
public sealed class OrdersFilterTests
{
    [TearDown]
    public void ShowOutput() => ShowServiceOutputOnFailure();

    private static async Task<IReadOnlyList<string>> IdsListedAsync(string queryString) =>
        [.. (await GetOrdersAsync($"{queryString}&pageSize=200")).Items.Select(row => row.AmazonOrderId)];

    private static IReadOnlyList<string> IdsOf(Func<PlacedOrder, bool> matches) =>
        [.. Orders.Where(matches).Select(order => order.AmazonOrderId)];

    private static IReadOnlyList<string> IdsOf(params int[] numbers) => [.. numbers.Select(number => Order(number).AmazonOrderId)];

    private static string Utc(DateTimeOffset moment) => Uri.EscapeDataString(moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));

    [Test]
    public async Task Given_the_data_set_When_listed_without_filters_Then_every_order_is_there_once_FBA_ones_once_shipped()
    {
        var page = await GetOrdersAsync("?pageSize=200");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(row => row.AmazonOrderId), Is.EquivalentTo(IdsOf(_ => true)));
            Assert.That(page.TotalItems, Is.EqualTo(12));
            Assert.That(page.Items.Select(row => row.StoreId), Is.All.EqualTo(StoreId));
        });
    }

    [TestCase("Pending")]
    [TestCase("Unshipped")]
    [TestCase("Shipped")]
    [TestCase("Canceled")]
    public async Task Given_orders_in_every_status_When_filtered_by_one_Then_only_that_status_is_listed(string status)
    {
        var expected = IdsOf(order => order.Order.Status == status);

        var listed = await IdsListedAsync($"?status={status}");

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty, "the data set has orders in this status");
            Assert.That(listed, Is.EquivalentTo(expected));
        });
    }

    [Test]
    public async Task Given_no_order_in_error_When_filtered_by_Error_Then_the_grid_is_empty() =>
        Assert.That(await IdsListedAsync("?status=Error"), Is.Empty);

    [TestCase("MFN")]
    [TestCase("AFN")]
    public async Task Given_both_channels_When_filtered_by_one_Then_only_its_orders_are_listed(string channel) =>
        Assert.That(await IdsListedAsync($"?fulfillmentChannel={channel}"), Is.EquivalentTo(IdsOf(order => order.Order.Channel == channel)));

    [Test]
    public async Task Given_a_purchase_date_range_When_filtered_Then_orders_purchased_at_either_end_are_included()
    {
        var listed = await IdsListedAsync($"?purchasedFrom={Utc(Order(2).PurchaseDate)}&purchasedTo={Utc(Order(5).PurchaseDate)}");

        Assert.That(listed, Is.EquivalentTo(IdsOf(2, 3, 4, 5)));
    }

    [Test]
    public async Task Given_a_range_written_with_another_offset_When_filtered_Then_it_means_the_same_instants()
    {
        var from = Uri.EscapeDataString(Order(2).PurchaseDate.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        var to = Uri.EscapeDataString(Order(5).PurchaseDate.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-ddTHH:mm:sszzz"));

        var listed = await IdsListedAsync($"?purchasedFrom={from}&purchasedTo={to}");

        Assert.That(listed, Is.EquivalentTo(IdsOf(2, 3, 4, 5)));
    }

    [Test]
    public async Task Given_only_one_end_of_the_range_When_filtered_Then_the_other_is_open()
    {
        var from = await IdsListedAsync($"?purchasedFrom={Utc(Order(9).PurchaseDate)}");
        var to = await IdsListedAsync($"?purchasedTo={Utc(Order(1).PurchaseDate.AddSeconds(-1))}");

        Assert.Multiple(() =>
        {
            Assert.That(from, Is.EquivalentTo(IdsOf(9, 10, 11)));
            Assert.That(to, Is.EquivalentTo(IdsOf(0)));
        });
    }

    [Test]
    public async Task Given_a_fragment_of_an_order_number_When_filtered_Then_the_orders_whose_number_contains_it_are_listed()
    {
        var fragment = Order(7).AmazonOrderId[4..12];

        var listed = await IdsListedAsync($"?orderNumber={fragment}");

        Assert.Multiple(() =>
        {
            Assert.That(listed, Does.Contain(Order(7).AmazonOrderId));
            Assert.That(listed, Is.EquivalentTo(IdsOf(order => order.AmazonOrderId.Contains(fragment))));
        });
    }

    [Test]
    public async Task Given_a_whole_order_number_When_filtered_Then_that_order_alone_is_listed() =>
        Assert.That(await IdsListedAsync($"?orderNumber={Order(4).AmazonOrderId}"), Is.EqualTo(IdsOf(4)));

    [TestCase("doe")]
    [TestCase("DOE")]
    [TestCase("Doe")]
    public async Task Given_a_fragment_of_a_buyer_name_in_any_case_When_filtered_Then_verified_orders_of_matching_buyers_are_listed(string buyer)
    {
        var listed = await IdsListedAsync($"?buyer={buyer}");

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EquivalentTo(IdsOf(2, 6, 8)));
            Assert.That(listed, Does.Not.Contain(Order(0).AmazonOrderId),
                "Jane Doe's pending order: Amazon gives no buyer before it verifies the payment");
        });
    }

    [Test]
    public async Task Given_a_fragment_inside_a_buyer_name_When_filtered_Then_it_matches_anywhere_in_the_name() =>
        Assert.That(await IdsListedAsync("?buyer=jane"), Is.EquivalentTo(IdsOf(2, 5)));

    [TestCase("nobody")]
    [TestCase("%")]
    [TestCase("_")]
    public async Task Given_a_buyer_no_name_contains_When_filtered_Then_the_grid_is_empty(string buyer) =>
        Assert.That(await IdsListedAsync($"?buyer={Uri.EscapeDataString(buyer)}"), Is.Empty);

    [TestCase("%")]
    [TestCase("_")]
    public async Task Given_wildcard_characters_as_order_number_When_filtered_Then_they_match_only_themselves(string number) =>
        Assert.That(await IdsListedAsync($"?orderNumber={Uri.EscapeDataString(number)}"), Is.Empty);

    [Test]
    public async Task Given_a_total_range_When_filtered_Then_orders_at_either_end_are_included_and_unpriced_ones_never()
    {
        var listed = await IdsListedAsync("?minTotal=33.50&maxTotal=48.60");

        Assert.That(listed, Is.EquivalentTo(IdsOf(1, 2, 9, 11)));
    }

    [Test]
    public async Task Given_only_one_end_of_the_total_range_When_filtered_Then_the_other_is_open()
    {
        var atLeast = await IdsListedAsync("?minTotal=90");
        var atMost = await IdsListedAsync("?maxTotal=29.97");

        Assert.Multiple(() =>
        {
            Assert.That(atLeast, Is.EquivalentTo(IdsOf(5, 8)));
            Assert.That(atMost, Is.EquivalentTo(IdsOf(3, 6)));
        });
    }

    [Test]
    public async Task Given_several_filters_When_combined_Then_an_order_must_match_them_all() =>
        Assert.That(
            await IdsListedAsync("?fulfillmentChannel=MFN&status=Shipped&buyer=doe&minTotal=50"),
            Is.EqualTo(IdsOf(8)));

    [Test]
    public async Task Given_another_store_When_filtered_by_it_Then_none_of_this_stores_orders_are_listed()
    {
        var ours = await IdsListedAsync($"?storeId={StoreId}");
        var theirs = await IdsListedAsync("?storeId=store-de");

        Assert.Multiple(() =>
        {
            Assert.That(ours, Has.Count.EqualTo(12));
            Assert.That(theirs, Is.Empty);
        });
    }
}
