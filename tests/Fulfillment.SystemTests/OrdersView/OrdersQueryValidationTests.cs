using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fulfillment.SystemTests.OrdersView.OrdersViewSystem;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>An invalid query value gets a 400 ValidationProblem naming the field, never a 500 or an unfiltered grid.</summary>
public sealed class OrdersQueryValidationTests
{
    [TearDown]
    public void ShowOutput() => ShowServiceOutputOnFailure();

    [TestCase("status=Bogus", "Status")]
    [TestCase("status=shipped", "Status")]
    [TestCase("fulfillmentChannel=FBA", "FulfillmentChannel")]
    [TestCase("purchasedFrom=yesterday", "PurchasedFrom")]
    [TestCase("purchasedTo=2026-02-30", "PurchasedTo")]
    [TestCase("purchasedFrom=2026-11-02T00:00:00Z&purchasedTo=2026-11-01T00:00:00Z", "PurchasedTo")]
    [TestCase("minTotal=cheap", "MinTotal")]
    [TestCase("minTotal=90&maxTotal=10", "MaxTotal")]
    [TestCase("sort=nope", "Sort")]
    [TestCase("sort=buyer", "Sort")]
    [TestCase("sort=--purchaseDate", "Sort")]
    [TestCase("page=0", "Page")]
    [TestCase("page=-1", "Page")]
    [TestCase("pageSize=0", "PageSize")]
    [TestCase("pageSize=201", "PageSize")]
    [TestCase("pageSize=ten", "PageSize")]
    public async Task Given_an_invalid_value_When_listed_Then_400_names_the_field(string queryString, string field)
    {
        using var response = await OrderImport.GetAsync($"api/orders?{queryString}");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { field }));
        });
    }

    [Test]
    public async Task Given_several_invalid_values_When_listed_Then_400_names_each_field()
    {
        using var response = await OrderImport.GetAsync("api/orders?status=Bogus&pageSize=0&sort=nope&maxTotal=lots");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(
                problem.GetProperty("errors").EnumerateObject().Select(error => error.Name),
                Is.EquivalentTo(new[] { "Status", "PageSize", "Sort", "MaxTotal" }));
        });
    }

    [Test]
    public async Task Given_a_value_not_of_its_type_When_listed_Then_the_message_quotes_it_and_says_what_is_expected()
    {
        using var response = await OrderImport.GetAsync("api/orders?purchasedFrom=last%20week");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(
            problem.GetProperty("errors").GetProperty("PurchasedFrom")[0].GetString(),
            Does.StartWith("'last week' is not a date and time"));
    }

    [Test]
    public async Task Given_empty_filter_values_as_a_form_sends_them_When_listed_Then_they_filter_nothing()
    {
        var page = await GetOrdersAsync("?status=&fulfillmentChannel=&orderNumber=&buyer=&minTotal=&maxTotal=&sort=&page=&pageSize=");

        Assert.That(page.TotalItems, Is.EqualTo(12));
    }
}
