using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Operations;

/// <summary>The operations endpoints answer signed-in people only: a viewer reads, an admin acts.</summary>
public sealed class OperatorAccessTests
{
    [TestCase("admin/history/orders/111-0000000-0000000")]
    [TestCase("admin/projections")]
    [TestCase("admin/subscriptions")]
    [TestCase("admin/streams/111-0000000-0000000")]
    public async Task Given_no_token_When_reading_Then_401(string path)
    {
        using var response = await OperationsSystem.SendAsync(FulfillmentService.CommerceOrder, HttpMethod.Get, path, person: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("admin/projections/OrderSummaryProjection/rebuild")]
    [TestCase("admin/streams/111-0000000-0000000/republish")]
    [TestCase("admin/subscriptions/EventForwarder/rewind")]
    public async Task Given_a_viewer_When_acting_Then_403(string path)
    {
        using var response = await OperationsSystem.SendAsync(
            FulfillmentService.OrderImport, HttpMethod.Post, path, TestPeople.Viewer, new { toSequence = 0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Given_a_viewer_When_reading_the_subscriptions_Then_200()
    {
        using var response = await OperationsSystem.SendAsync(
            FulfillmentService.CustomerProvisioning, HttpMethod.Get, "admin/subscriptions", TestPeople.Viewer);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Given_a_rewind_without_a_target_When_posted_Then_400_names_the_field()
    {
        using var response = await OperationsSystem.SendAsync(
            FulfillmentService.OrderImport, HttpMethod.Post, "admin/subscriptions/EventForwarder/rewind", body: new { });

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), OperationsSystem.Running.RecentOutput);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("ToSequence"));
        });
    }
}
