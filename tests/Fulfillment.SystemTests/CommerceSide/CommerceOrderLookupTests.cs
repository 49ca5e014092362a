using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>The Commerce order read API answers 404 with a ProblemDetails for an order it does not have.</summary>
public sealed class CommerceOrderLookupTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_no_order_with_that_number_When_read_by_number_Then_404_says_so()
    {
        using var response = await Commerce.CommerceOrder.Http.GetAsync("api/commerce/orders/999999998");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("No Commerce order has number '999999998'."));
        });
    }

    [Test]
    public async Task Given_an_Amazon_order_not_placed_yet_When_read_by_its_Amazon_number_Then_404()
    {
        var order = VerifiedOrders.New();
        await Commerce.PublishAsync(order.Pending());
        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "AwaitingAmazonVerification");

        using var byNumber = await Commerce.CommerceOrder.Http.GetAsync($"api/commerce/orders/{order.AmazonOrderId}");
        using var byAmazonId = await Commerce.CommerceOrder.Http.GetAsync($"api/commerce/orders?amazon_order_id={order.AmazonOrderId}");

        Assert.Multiple(() =>
        {
            Assert.That(byNumber.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no Commerce order has that number yet");
            Assert.That(byAmazonId.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no Commerce order exists for it yet");
        });
    }
}
