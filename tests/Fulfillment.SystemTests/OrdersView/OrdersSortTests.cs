using static Fulfillment.SystemTests.OrdersView.OrdersViewSystem;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>
/// <c>GET /api/orders</c> sorts on each key in both directions; equal keys are ordered by order number so that
/// pages never overlap, and orders without a total yet come last whichever the direction.
/// </summary>
public sealed class OrdersSortTests
{
    [TearDown]
    public void ShowOutput() => ShowServiceOutputOnFailure();

    private static readonly Dictionary<string, Func<PlacedOrder, IComparable?>> Keys = new()
    {
        ["purchaseDate"] = order => order.PurchaseDate,
        ["lastUpdateDate"] = order => order.LastUpdateDate,
        ["grandTotal"] = order => order.Order.GrandTotal,
        ["status"] = order => order.Order.Status,
        ["orderNumber"] = order => order.AmazonOrderId,
    };

    /// <summary>The order the grid must show: by the key, unknown values last, then by order number.</summary>
    private static IReadOnlyList<string> Expected(string key, bool descending)
    {
        var known = Orders.Where(order => Keys[key](order) is not null).ToList();
        var sorted = (descending
                ? known.OrderByDescending(order => Keys[key](order), KeyComparer.Instance)
                : known.OrderBy(order => Keys[key](order), KeyComparer.Instance))
            .ThenBy(order => order.AmazonOrderId, StringComparer.Ordinal);
        var unknown = Orders.Where(order => Keys[key](order) is null).OrderBy(order => order.AmazonOrderId, StringComparer.Ordinal);
        return [.. sorted.Concat(unknown).Select(order => order.AmazonOrderId)];
    }

    [TestCase("purchaseDate", false)]
    [TestCase("purchaseDate", true)]
    [TestCase("lastUpdateDate", false)]
    [TestCase("lastUpdateDate", true)]
    [TestCase("grandTotal", false)]
    [TestCase("grandTotal", true)]
    [TestCase("status", false)]
    [TestCase("status", true)]
    [TestCase("orderNumber", false)]
    [TestCase("orderNumber", true)]
    public async Task Given_the_data_set_When_sorted_on_a_key_Then_rows_follow_it_with_ties_by_order_number(string key, bool descending)
    {
        var page = await GetOrdersAsync($"?sort={(descending ? "-" : "")}{key}&pageSize=200");

        Assert.That(page.Items.Select(row => row.AmazonOrderId), Is.EqualTo(Expected(key, descending)));
    }

    [Test]
    public async Task Given_no_sort_When_listed_Then_the_latest_purchases_come_first()
    {
        var page = await GetOrdersAsync("?pageSize=200");

        Assert.That(page.Items.Select(row => row.AmazonOrderId), Is.EqualTo(Expected("purchaseDate", descending: true)));
    }

    [Test]
    public async Task Given_the_data_set_When_sorted_by_total_either_way_Then_unpriced_orders_come_last()
    {
        var ascending = await GetOrdersAsync("?sort=grandTotal&pageSize=200");
        var descending = await GetOrdersAsync("?sort=-grandTotal&pageSize=200");

        Assert.Multiple(() =>
        {
            Assert.That(ascending.Items.TakeLast(4).Select(row => row.GrandTotal), Is.All.Null);
            Assert.That(descending.Items.TakeLast(4).Select(row => row.GrandTotal), Is.All.Null);
            Assert.That(descending.Items[0].GrandTotal, Is.EqualTo(250.00m));
        });
    }

    [Test]
    public async Task Given_the_grid_sorted_by_last_update_When_read_Then_dates_are_Amazons_last_status_changes() =>
        Assert.That(
            (await GetOrdersAsync("?sort=lastUpdateDate&pageSize=200")).Items.Select(row => row.LastUpdateDate),
            Is.EqualTo(Expected("lastUpdateDate", descending: false)
                .Select(id => Orders.Single(order => order.AmazonOrderId == id).LastUpdateDate)));

    /// <summary>Compares dates, amounts and statuses; statuses as PostgreSQL compares these ASCII words.</summary>
    private sealed class KeyComparer : IComparer<IComparable?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) =>
            x is string left && y is string right ? string.CompareOrdinal(left, right) : Comparer<IComparable?>.Default.Compare(x, y);
    }
}
