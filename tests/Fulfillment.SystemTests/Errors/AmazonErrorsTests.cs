using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Errors;

/// <summary>
/// O4 on OrderImport polling the simulator: each getOrders attempt Amazon answers with an error is listed under the
/// store with Amazon's status, code and message, whether the client retried it or not.
/// </summary>
public sealed class AmazonErrorsTests
{
    private PollingFixture _fixture = null!;

    private HttpClient OrderImport => _fixture.OrderImport.Http;

    [OneTimeSetUp]
    public async Task StartServices() => _fixture = await PollingFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopServices() => await _fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_Amazon_failing_getOrders_When_OrderImport_polls_Then_each_failure_is_listed_with_Amazons_code_and_message()
    {
        var before = DateTimeOffset.UtcNow;
        await _fixture.Amazon.InjectFaultAsync("getOrders", "InternalError", 2);
        await _fixture.Amazon.InjectFaultAsync("getOrders", "ServiceUnavailable", 1);

        var failures = await AmazonErrorsApi.WhenListedAsync(
            OrderImport, $"?storeId={PollingFixture.StoreId}", failure => failure.Operation == "getOrders", 3);
        var sinceNow = await AmazonErrorsApi.ListAsync(OrderImport, $"?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("o"))}");
        var otherStore = await AmazonErrorsApi.ListAsync(OrderImport, "?storeId=no-such-store");

        Assert.Multiple(() =>
        {
            Assert.That(failures.Select(failure => (failure.HttpStatus, failure.AmazonCode)), Is.EquivalentTo(new (int?, string)[]
            {
                (500, "InternalFailure"), (500, "InternalFailure"), (503, "ServiceUnavailable"),
            }));
            Assert.That(failures.Where(failure => failure.AmazonCode == "InternalFailure").Select(failure => failure.Message),
                Has.All.EqualTo("We encountered an internal error. Please try again."));
            Assert.That(failures.Select(failure => failure.At), Is.Ordered.Descending, "newest first");
            Assert.That(failures, Has.All.Matches<AmazonCallFailureResponse>(failure =>
                failure.StoreId == PollingFixture.StoreId && failure.SellerId == _fixture.System.Seller.SellerId
                && failure.WillRetry && failure.At >= before.AddSeconds(-1)));
            Assert.That(sinceNow, Is.Empty);
            Assert.That(otherStore, Is.Empty);
        });
    }

    [Test]
    public async Task Given_no_token_When_listing_Amazon_errors_Then_401()
    {
        using var response = await OrderImport.SendAsAsync(new HttpRequestMessage(HttpMethod.Get, "admin/amazon-errors"), person: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
