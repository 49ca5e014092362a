using static Fulfillment.SystemTests.OrdersView.OrdersViewSystem;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary><c>GET /api/orders</c> pages the grid: page size, total count, page count, last partial page, past the end.</summary>
public sealed class OrdersPagingTests
{
    [TearDown]
    public void ShowOutput() => ShowServiceOutputOnFailure();

    [Test]
    public async Task Given_12_orders_When_read_5_to_a_page_Then_pages_of_5_5_and_2_cover_the_grid_once_in_its_order()
    {
        var whole = await GetOrdersAsync("?sort=grandTotal&pageSize=200");
        var pages = new[]
        {
            await GetOrdersAsync("?sort=grandTotal&pageSize=5&page=1"),
            await GetOrdersAsync("?sort=grandTotal&pageSize=5&page=2"),
            await GetOrdersAsync("?sort=grandTotal&pageSize=5&page=3"),
        };

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(page => page.Items.Count), Is.EqualTo(new[] { 5, 5, 2 }));
            Assert.That(pages.Select(page => page.Page), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(pages.Select(page => page.PageSize), Is.All.EqualTo(5));
            Assert.That(pages.Select(page => page.TotalItems), Is.All.EqualTo(12));
            Assert.That(pages.Select(page => page.PageCount), Is.All.EqualTo(3));
            Assert.That(
                pages.SelectMany(page => page.Items).Select(row => row.AmazonOrderId),
                Is.EqualTo(whole.Items.Select(row => row.AmazonOrderId)));
        });
    }

    [Test]
    public async Task Given_12_orders_When_a_page_past_the_end_is_asked_for_Then_it_is_empty_and_still_counts_them_all()
    {
        var page = await GetOrdersAsync("?pageSize=5&page=4");
        var farAway = await GetOrdersAsync("?pageSize=5&page=1000");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.TotalItems, Is.EqualTo(12));
            Assert.That(page.PageCount, Is.EqualTo(3));
            Assert.That(farAway.Items, Is.Empty);
            Assert.That(farAway.TotalItems, Is.EqualTo(12));
        });
    }

    [Test]
    public async Task Given_a_page_size_that_divides_the_count_When_the_last_page_is_read_Then_it_is_full()
    {
        var last = await GetOrdersAsync("?pageSize=4&page=3");

        Assert.Multiple(() =>
        {
            Assert.That(last.Items, Has.Count.EqualTo(4));
            Assert.That(last.PageCount, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Given_no_page_asked_for_When_listed_Then_the_first_page_of_25_holds_all_12()
    {
        var page = await GetOrdersAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.Page, Is.EqualTo(1));
            Assert.That(page.PageSize, Is.EqualTo(25));
            Assert.That(page.Items, Has.Count.EqualTo(12));
            Assert.That(page.PageCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_filter_When_paged_Then_counts_and_pages_are_those_of_the_filtered_orders()
    {
        var first = await GetOrdersAsync("?status=Shipped&sort=orderNumber&pageSize=2&page=1");
        var last = await GetOrdersAsync("?status=Shipped&sort=orderNumber&pageSize=2&page=3");
        var beyond = await GetOrdersAsync("?status=Shipped&sort=orderNumber&pageSize=2&page=4");
        var shipped = Orders.Where(order => order.Order.Status == "Shipped")
            .Select(order => order.AmazonOrderId).Order(StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(first.TotalItems, Is.EqualTo(5));
            Assert.That(first.PageCount, Is.EqualTo(3));
            Assert.That(first.Items.Select(row => row.AmazonOrderId), Is.EqualTo(shipped.Take(2)));
            Assert.That(last.Items.Select(row => row.AmazonOrderId), Is.EqualTo(shipped.Skip(4)));
            Assert.That(beyond.Items, Is.Empty);
            Assert.That(beyond.TotalItems, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Given_a_filter_no_order_matches_When_listed_Then_there_are_no_rows_and_no_pages()
    {
        var page = await GetOrdersAsync("?buyer=nobody");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.TotalItems, Is.Zero);
            Assert.That(page.PageCount, Is.Zero);
        });
    }
}
