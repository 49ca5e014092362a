using System.Text.Json;
using Fulfillment.SystemTests.Workflow;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// OrderImport keeps a Restricted Data Token for the buyer and address operations for the hour it expects it to live.
/// When Amazon refuses it earlier (Amazon's clock ran ahead, the token was revoked), the next order must still be
/// imported with its buyer: the refused token is dropped and a new one asked for, as for an access token.
/// </summary>
public sealed class RefusedRestrictedDataTokenTests : WorkflowTest
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PastEveryTokensLife = TimeSpan.FromMinutes(61);

    [Test]
    public async Task Given_a_cached_restricted_data_token_When_Amazons_clock_passes_its_life_Then_the_next_order_still_imports_with_its_buyer()
    {
        // The first verified order makes OrderImport fetch and keep a Restricted Data Token.
        var first = await PlaceVerifiedOrderAsync();
        var firstImported = await SettledAsync(first);
        Assert.That(firstImported.GetProperty("buyer").GetProperty("name").GetString(), Is.EqualTo("Jane Doe"),
            "the first order is imported with its buyer");

        await Amazon.LetTimePassAsync(PastEveryTokensLife);
        var next = await PlaceVerifiedOrderAsync();
        var nextImported = await SettledAsync(next);

        Assert.Multiple(() =>
        {
            Assert.That(nextImported.GetProperty("channelStatus").GetString(), Is.EqualTo("Unshipped"),
                $"notes: {nextImported.GetProperty("notes")}");
            Assert.That(nextImported.GetProperty("buyer").ValueKind, Is.EqualTo(JsonValueKind.Object));
            if (nextImported.GetProperty("buyer").ValueKind == JsonValueKind.Object)
            {
                Assert.That(nextImported.GetProperty("buyer").GetProperty("name").GetString(), Is.EqualTo("Jane Doe"));
                Assert.That(nextImported.GetProperty("buyer").GetProperty("email").GetString(), Is.EqualTo("jane.doe@example.com"));
            }
        });
    }

    /// <summary>An MFN order Amazon verified at once, listed by getOrders once Amazon's two minutes have passed.</summary>
    private async Task<string> PlaceVerifiedOrderAsync()
    {
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(ListingDelay);
        return amazonOrderId;
    }

    /// <summary>The order once OrderImport shows it imported as Unshipped, or in Error.</summary>
    private Task<JsonElement> SettledAsync(string amazonOrderId) =>
        Fixture.ChannelOrderAsync(amazonOrderId, order =>
            order.GetProperty("channelStatus").GetString() is "Unshipped" or "Error");
}
