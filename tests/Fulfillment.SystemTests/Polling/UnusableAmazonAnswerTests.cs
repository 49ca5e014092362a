using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// When Amazon's answer about one order cannot be read (a 200 whose body is not JSON, as a broken gateway passes
/// on), the order is shown in Error with the reason, and the next poll imports it again without anyone acting: the
/// fact is then published once, as if the bad answer had never come.
/// </summary>
public sealed class UnusableAmazonAnswerTests
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private PollingFixture _fixture = null!;

    private AmazonSide Amazon => _fixture.Amazon;
    private HttpClient OrderImport => _fixture.OrderImport.Http;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await PollingFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_Pending_order_When_Amazon_answers_its_items_with_a_body_that_is_not_JSON_Then_it_is_shown_in_Error_and_the_next_poll_imports_it_Unshipped_once()
    {
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await Amazon.LetTimePassAsync(ListingDelay);
        await WaitUntilShownAsync(amazonOrderId, "Pending");

        // Armed only now: the Pending import also reads the items and would use the fault up.
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.InjectFaultAsync("getOrderItems", "Malformed", 1);
        await Amazon.LetTimePassAsync(ListingDelay);
        var (inError, recovered) = await FollowThroughErrorAsync(amazonOrderId, "Unshipped");
        await Eventually.GetAsync(
            () => Task.FromResult(_fixture.Published.Last<OrderUnshipped>(amazonOrderId)), Patience,
            "OrderUnshipped to be published");
        await Amazon.WaitForPollsAsync(3);

        var failed = recovered.GetProperty("history").EnumerateArray()
            .Where(entry => entry.GetProperty("eventType").GetString() == "AmazonOrderImportFailed")
            .Select(entry => entry.GetProperty("description").GetString())
            .ToList();
        var faulted = (await Amazon.RequestCountsAsync())["getOrderItems"].Faulted;
        Assert.Multiple(() =>
        {
            Assert.That(faulted, Is.EqualTo(1), "the fault was used by the Unshipped import");
            if (inError is { } error)
            {
                Assert.That(Notes(error), Has.Some.Contains("Import failed"), "the grid says why the order is in Error");
            }
            else
            {
                TestContext.Out.WriteLine("The Error state was too brief to be seen through the API; checked in the history.");
            }

            Assert.That(failed, Has.Count.EqualTo(1), "one failed import in the history");
            Assert.That(failed, Has.All.Contains("Import failed"));
            Assert.That(recovered.GetProperty("channelStatus").GetString(), Is.EqualTo("Unshipped"));
            Assert.That(Notes(recovered), Has.Some.EqualTo("Imported again after the error"));
            Assert.That(Notes(recovered), Has.Some.Contains("Import failed"));
            Assert.That(_fixture.Published.CountOf<OrderUnshipped>(amazonOrderId), Is.EqualTo(1));
        });
    }

    /// <summary>
    /// Reads the order as fast as the API answers until it is back in <paramref name="status"/> after an error,
    /// keeping the first view of it in Error if one was caught (the retry comes with the next poll, 200 ms later).
    /// </summary>
    private async Task<(JsonElement? InError, JsonElement Recovered)> FollowThroughErrorAsync(string amazonOrderId, string status)
    {
        JsonElement? inError = null;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await DetailsAsync(amazonOrderId) is { } details)
            {
                var channelStatus = details.GetProperty("channelStatus").GetString();
                if (channelStatus == "Error")
                {
                    inError ??= details;
                }
                else if (channelStatus == status && Notes(details).Contains("Imported again after the error"))
                {
                    return (inError, details);
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Waited {Patience} for {amazonOrderId} to be imported {status} again after an error.");
    }

    private Task WaitUntilShownAsync(string amazonOrderId, string status) =>
        Eventually.GetAsync(
            async () => await DetailsAsync(amazonOrderId) is { } details
                && details.GetProperty("channelStatus").GetString() == status ? "shown" : null,
            Patience, $"{amazonOrderId} to be listed {status}");

    private async Task<JsonElement?> DetailsAsync(string amazonOrderId)
    {
        using var response = await OrderImport.GetAsync($"api/orders/{amazonOrderId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    private static List<string> Notes(JsonElement details) =>
        [.. details.GetProperty("notes").EnumerateArray().Select(note => note.GetString()!)];
}
