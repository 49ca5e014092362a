using Fulfillment.OrderImport.Polling;

namespace Fulfillment.OrderImport.Tests.Polling;

/// <summary>A poll never asks Amazon for a window Amazon refuses: never later than Amazon's clock minus two minutes.</summary>
public sealed class PollWindowDecisionTests
{
    private static readonly DateTimeOffset AmazonNow = new(2026, 11, 20, 10, 0, 0, 700, TimeSpan.Zero);
    private static readonly DateTimeOffset DecidedAt = AmazonNow.AddMinutes(30);
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    [Test]
    public void Given_a_watermark_behind_Amazons_clock_When_decided_Then_the_window_starts_at_it_minus_the_overlap()
    {
        var watermark = AmazonNow.AddMinutes(-2).AddSeconds(-1);

        var window = PollWindowDecision.Decide("store-us", watermark, Overlap, AmazonNow, DecidedAt);

        Assert.Multiple(() =>
        {
            Assert.That(window.From, Is.EqualTo(watermark - Overlap));
            Assert.That(window.Clamped, Is.Null);
        });
    }

    [Test]
    public void Given_Amazons_clock_unknown_yet_When_decided_Then_the_watermark_is_asked_for_as_it_is()
    {
        // Our clock says nothing about Amazon's (the simulator's runs ahead at will): Amazon's refusal will tell.
        var watermark = AmazonNow.AddHours(1);

        var window = PollWindowDecision.Decide("store-us", watermark, Overlap, amazonNow: null, DecidedAt);

        Assert.That(window, Is.EqualTo(new PollWindow(watermark - Overlap, null)));
    }

    [Test]
    public void Given_the_last_window_end_Amazon_gave_When_decided_without_overlap_Then_it_is_not_clamped()
    {
        // Amazon's LastUpdatedBefore of the previous poll: its clock minus two minutes, in whole seconds.
        var watermark = new DateTimeOffset(2026, 11, 20, 9, 58, 0, TimeSpan.Zero);

        var window = PollWindowDecision.Decide("store-us", watermark, TimeSpan.Zero, AmazonNow, DecidedAt);

        Assert.That(window, Is.EqualTo(new PollWindow(watermark, null)));
    }

    [Test]
    public void Given_a_watermark_an_hour_ahead_of_Amazons_clock_When_decided_Then_the_window_starts_at_the_latest_Amazon_accepts_and_says_so()
    {
        var watermark = AmazonNow.AddHours(1);

        var window = PollWindowDecision.Decide("store-us", watermark, Overlap, AmazonNow, DecidedAt);

        var latestAccepted = new DateTimeOffset(2026, 11, 20, 9, 58, 0, TimeSpan.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(window.From, Is.EqualTo(latestAccepted - Overlap));
            Assert.That(window.Clamped, Is.EqualTo(
                new OrderPollingWindowClamped("store-us", watermark, AmazonNow, latestAccepted - Overlap, DecidedAt)));
            Assert.That(window.Clamped!.Note, Does.Contain("ahead of Amazon's clock"));
        });
    }

    [Test]
    public void Given_a_start_within_Amazons_current_second_When_decided_Then_it_is_taken_back_to_a_whole_second()
    {
        // 09:58:00.5 is "two minutes before 10:00:00.7" but Amazon, in whole seconds, accepts no later than 09:58:00.
        var watermark = new DateTimeOffset(2026, 11, 20, 9, 58, 0, 500, TimeSpan.Zero);

        var window = PollWindowDecision.Decide("store-us", watermark, TimeSpan.Zero, AmazonNow, DecidedAt);

        Assert.That(window.From, Is.EqualTo(new DateTimeOffset(2026, 11, 20, 9, 58, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Given_a_clamp_noted_for_this_watermark_When_the_poll_is_clamped_again_Then_it_is_not_news()
    {
        var watermark = AmazonNow.AddHours(1);
        var first = PollWindowDecision.Decide("store-us", watermark, Overlap, AmazonNow, DecidedAt).Clamped!;
        var again = PollWindowDecision.Decide("store-us", watermark, Overlap, AmazonNow.AddSeconds(1), DecidedAt.AddSeconds(1)).Clamped!;
        var otherWatermark = PollWindowDecision.Decide("store-us", watermark.AddHours(1), Overlap, AmazonNow, DecidedAt).Clamped!;

        Assert.Multiple(() =>
        {
            Assert.That(PollWindowDecision.IsNews(first, lastNoted: null), Is.True);
            Assert.That(PollWindowDecision.IsNews(again, lastNoted: first), Is.False);
            Assert.That(PollWindowDecision.IsNews(otherWatermark, lastNoted: first), Is.True);
        });
    }
}
