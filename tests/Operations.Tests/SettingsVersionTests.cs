using System.Text.Json;
using Fulfillment.ServiceDefaults.Operations.History;

namespace Fulfillment.Operations.Tests;

/// <summary>The timeline shows which store settings version an event was decided under.</summary>
public sealed class SettingsVersionTests
{
    [Test]
    public void Given_an_event_with_SettingsVersion_When_read_Then_that_version() =>
        Assert.That(OrderHistoryEntry.SettingsVersionOf(Json("""{ "AmazonOrderId": "1", "SettingsVersion": 3 }""")), Is.EqualTo(3));

    [Test]
    public void Given_an_event_carrying_the_whole_settings_When_read_Then_their_version() =>
        Assert.That(OrderHistoryEntry.SettingsVersionOf(Json("""{ "Settings": { "Version": 4, "WebsiteCode": "base" } }""")), Is.EqualTo(4));

    [Test]
    public void Given_both_When_read_Then_SettingsVersion_wins() =>
        Assert.That(OrderHistoryEntry.SettingsVersionOf(Json("""{ "SettingsVersion": 2, "Settings": { "Version": 4 } }""")), Is.EqualTo(2));

    [TestCase("""{ "AmazonOrderId": "1" }""")]
    [TestCase("""{ "SettingsVersion": null, "Settings": null }""")]
    [TestCase("""{ "SettingsVersion": "3" }""")]
    [TestCase("""[1, 2]""")]
    public void Given_an_event_without_a_numeric_settings_version_When_read_Then_null(string data) =>
        Assert.That(OrderHistoryEntry.SettingsVersionOf(Json(data)), Is.Null);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
