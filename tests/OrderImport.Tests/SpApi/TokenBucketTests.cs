using Fulfillment.SpApiClient;

namespace Fulfillment.OrderImport.Tests.SpApi;

public sealed class TokenBucketTests
{
    private readonly ManualClock _clock = new();

    private static TimeSpan WaitOf(TokenBucket bucket) => bucket.TryTake(out var wait) ? TimeSpan.Zero : wait;

    private static bool Took(TokenBucket bucket) => bucket.TryTake(out _);

    [Test]
    public void Given_a_full_bucket_When_the_burst_is_used_Then_the_next_request_waits_for_a_refill()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 0.5, Burst: 2), share: 1, _clock);

        Assert.Multiple(() =>
        {
            Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.Zero));
            Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.Zero));
            Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.FromSeconds(2)));
        });
    }

    [Test]
    public void Given_a_share_below_one_When_refilling_Then_the_client_stays_under_Amazon_s_rate()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 1, Burst: 1), share: 0.5, _clock);
        WaitOf(bucket);

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.FromSeconds(1)), "half of Amazon's rate: two seconds a token");
    }

    [Test]
    public void Given_a_share_below_one_When_bursting_Then_Amazon_s_bucket_keeps_a_reserve()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 1, Burst: 10), share: 0.8, _clock);

        var immediate = Enumerable.Range(0, 10).Count(_ => Took(bucket));

        Assert.That(immediate, Is.EqualTo(8));
    }

    [Test]
    public void Given_a_bucket_refilled_in_many_small_steps_When_taking_Then_it_never_gives_more_than_its_rate()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 90, Burst: 1), share: 1, _clock);
        var taken = 0;

        for (var millisecond = 0; millisecond < 1000; millisecond++)
        {
            while (Took(bucket))
            {
                taken++;
            }

            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.That(taken, Is.InRange(80, 91), "one token to start with, then at most 90 a second");
    }

    [Test]
    public void Given_Amazon_throttled_When_asking_again_Then_the_bucket_is_empty_whatever_it_counted()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 1, Burst: 5), share: 1, _clock);

        bucket.Drain();

        Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void Given_Amazon_reports_a_higher_rate_When_adjusted_Then_tokens_come_back_faster()
    {
        var bucket = new TokenBucket(new UsagePlan(Rate: 0.5, Burst: 1), share: 1, _clock);
        WaitOf(bucket);

        bucket.AdjustRate(2);

        Assert.That(WaitOf(bucket), Is.EqualTo(TimeSpan.FromSeconds(0.5)));
    }
}
