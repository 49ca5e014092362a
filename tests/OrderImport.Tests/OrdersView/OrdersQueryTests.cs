using Fulfillment.OrderImport.OrdersView.GetOrders;
using Microsoft.AspNetCore.Http;

namespace Fulfillment.OrderImport.Tests.OrdersView;

/// <summary>
/// The grid's query string read and checked as the endpoint does: every invalid value is a failure naming its field,
/// including values that are not even of their type. The same rules run over HTTP in the system tests.
/// </summary>
public sealed class OrdersQueryTests
{
    private static OrdersQuery Read(string queryString)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(queryString);
        return OrdersQuery.BindAsync(context).AsTask().GetAwaiter().GetResult()!;
    }

    private static IDictionary<string, string[]> Failures(string queryString) =>
        new OrdersQueryValidator().Validate(Read(queryString)).ToDictionary();

    [Test]
    public void Given_no_query_string_When_read_Then_the_newest_purchases_come_first_25_to_a_page()
    {
        var query = Read("");

        Assert.Multiple(() =>
        {
            Assert.That(query.Sort, Is.EqualTo("-purchaseDate"));
            Assert.That(query.Page, Is.EqualTo(1));
            Assert.That(query.PageSize, Is.EqualTo(25));
            Assert.That(new object?[] { query.Status, query.FulfillmentChannel, query.StoreId, query.PurchasedFrom,
                query.PurchasedTo, query.OrderNumber, query.Buyer, query.MinTotal, query.MaxTotal }, Is.All.Null);
            Assert.That(Failures(""), Is.Empty);
        });
    }

    [Test]
    public void Given_every_filter_When_read_Then_each_is_taken_with_names_in_any_case()
    {
        var query = Read(
            "?status=Unshipped&FULFILLMENTCHANNEL=MFN&storeId=store-us&purchasedFrom=2026-11-01T00:00:00Z" +
            "&purchasedTo=2026-11-30T23:59:59Z&orderNumber=%20113-31%20&buyer=doe&minTotal=10.5&maxTotal=99" +
            "&sort=-grandTotal&page=2&pageSize=10");

        Assert.Multiple(() =>
        {
            Assert.That(query.Status, Is.EqualTo("Unshipped"));
            Assert.That(query.FulfillmentChannel, Is.EqualTo("MFN"));
            Assert.That(query.StoreId, Is.EqualTo("store-us"));
            Assert.That(query.PurchasedFrom, Is.EqualTo(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(query.PurchasedTo, Is.EqualTo(new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero)));
            Assert.That(query.OrderNumber, Is.EqualTo("113-31"));
            Assert.That(query.Buyer, Is.EqualTo("doe"));
            Assert.That(query.MinTotal, Is.EqualTo(10.5m));
            Assert.That(query.MaxTotal, Is.EqualTo(99m));
            Assert.That(query.Descending, Is.True);
            Assert.That(query.SortKey, Is.EqualTo("grandTotal"));
            Assert.That(query.Page, Is.EqualTo(2));
            Assert.That(query.PageSize, Is.EqualTo(10));
            Assert.That(query.Unreadable, Is.Empty);
        });
    }

    [Test]
    public void Given_empty_values_When_read_Then_they_filter_nothing_and_keep_the_defaults()
    {
        var query = Read("?status=&buyer=%20&minTotal=&sort=&page=");

        Assert.Multiple(() =>
        {
            Assert.That(query.Status, Is.Null);
            Assert.That(query.Buyer, Is.Null);
            Assert.That(query.MinTotal, Is.Null);
            Assert.That(query.Sort, Is.EqualTo(OrdersQuery.DefaultSort));
            Assert.That(query.Page, Is.EqualTo(1));
            Assert.That(Failures("?status=&buyer=%20&minTotal=&sort=&page="), Is.Empty);
        });
    }

    [Test]
    public void Given_dates_with_an_offset_or_none_When_read_Then_they_are_the_same_instant_in_UTC()
    {
        var query = Read("?purchasedFrom=2026-11-26T10:00:00%2B02:00&purchasedTo=2026-11-26T09:00:00");

        Assert.Multiple(() =>
        {
            Assert.That(query.PurchasedFrom, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(query.PurchasedFrom!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(query.PurchasedTo, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));
        });
    }

    [TestCase("?status=Bogus", "Status")]
    [TestCase("?status=unshipped", "Status")]
    [TestCase("?fulfillmentChannel=FBA", "FulfillmentChannel")]
    [TestCase("?purchasedFrom=yesterday", "PurchasedFrom")]
    [TestCase("?purchasedTo=2026-13-01", "PurchasedTo")]
    [TestCase("?purchasedFrom=2026-11-02T00:00:00Z&purchasedTo=2026-11-01T00:00:00Z", "PurchasedTo")]
    [TestCase("?minTotal=ten", "MinTotal")]
    [TestCase("?maxTotal=1e3", "MaxTotal")]
    [TestCase("?minTotal=50&maxTotal=10", "MaxTotal")]
    [TestCase("?sort=nope", "Sort")]
    [TestCase("?sort=--purchaseDate", "Sort")]
    [TestCase("?sort=buyer", "Sort")]
    [TestCase("?page=0", "Page")]
    [TestCase("?page=first", "Page")]
    [TestCase("?pageSize=0", "PageSize")]
    [TestCase("?pageSize=201", "PageSize")]
    [TestCase("?pageSize=2.5", "PageSize")]
    public void Given_an_invalid_value_When_checked_Then_the_failure_names_its_field(string queryString, string field) =>
        Assert.That(Failures(queryString).Keys, Is.EqualTo(new[] { field }));

    [Test]
    public void Given_a_value_not_of_its_type_When_checked_Then_the_failure_quotes_it_and_says_what_is_expected() =>
        Assert.That(
            Failures("?pageSize=ten")["PageSize"],
            Is.EqualTo(new[] { "'ten' is not a whole number." }));

    [TestCase("purchaseDate")]
    [TestCase("-lastUpdateDate")]
    [TestCase("grandTotal")]
    [TestCase("-status")]
    [TestCase("orderNumber")]
    public void Given_a_known_sort_key_in_either_direction_When_checked_Then_it_is_accepted(string sort) =>
        Assert.That(Failures($"?sort={sort}"), Is.Empty);
}
