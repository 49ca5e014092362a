using System.Text.Json;
using Fulfillment.Operator;

namespace Fulfillment.Operations.Tests;

/// <summary>The CLI merges every service's history of an order into one timeline.</summary>
public sealed class TimelineTests
{
    [Test]
    public void Given_histories_of_three_services_When_merged_Then_ordered_by_time_then_service_then_sequence()
    {
        var merged = Timeline.Merge(
        [
            Entry("CommerceOrder", 7, "2026-11-20T10:00:02Z"),
            Entry("OrderImport", 12, "2026-11-20T10:00:00Z"),
            Entry("CustomerProvisioning", 3, "2026-11-20T10:00:02Z"),
            Entry("CommerceOrder", 5, "2026-11-20T10:00:02Z"),
        ]);

        Assert.That(merged.Select(entry => $"{entry.GetProperty("service").GetString()}#{entry.GetProperty("sequence").GetInt64()}"),
            Is.EqualTo(new[] { "OrderImport#12", "CommerceOrder#5", "CommerceOrder#7", "CustomerProvisioning#3" }));
    }

    [Test]
    public void Given_an_entry_with_a_cause_and_settings_When_printed_Then_the_line_names_both()
    {
        var line = Timeline.Line(Entry("CommerceOrder", 7, "2026-11-20T10:00:02Z", causationId: "abc", settingsVersion: 4));

        Assert.That(line, Is.EqualTo(
            "2026-11-20 10:00:02Z  CommerceOrder        111-0000000-0000000 v1  order_noted settings v4 caused by abc"));
    }

    private static JsonElement Entry(
        string service, long sequence, string timestamp, string? causationId = null, int? settingsVersion = null) =>
        JsonSerializer.SerializeToElement(new
        {
            service, streamKey = "111-0000000-0000000", version = 1, sequence, eventType = "order_noted", timestamp,
            causationId, correlationId = (string?)null, settingsVersion, data = new { },
        });
}
