using Fulfillment.Benchmarks.Chaos;

namespace Fulfillment.Benchmarks.Tests;

public sealed class FaultStrikesTests
{
    private static readonly string[] Operations = ["lwaToken", "getOrders", "createFeed"];
    private static readonly TimeSpan QuietAfter = TimeSpan.FromSeconds(2);

    [Test]
    public void Given_faults_still_armed_When_counted_Then_each_operation_struck_what_it_used_and_a_fault_no_longer_listed_all()
    {
        var strikes = FaultStrikes.From(Operations, 3, [("getOrders", "Throttle", 1), ("createFeed", "Throttle", 3)]);

        Assert.Multiple(() =>
        {
            Assert.That(strikes.ByOperation, Is.EqualTo(new[] { ("lwaToken", 3), ("getOrders", 2), ("createFeed", 0) }));
            Assert.That(strikes.NeverStruck, Is.EqualTo(new[] { "createFeed" }));
            Assert.That(strikes.Describe(), Does.EndWith("NEVER STRUCK: createFeed"));
        });
    }

    [Test]
    public void Given_an_operation_never_struck_When_nothing_struck_for_long_Then_the_fault_is_not_over()
    {
        var strikes = FaultStrikes.From(Operations, 3, [("createFeed", "Throttle", 3)]);

        Assert.That(strikes.IsOver(TimeSpan.FromMinutes(1), QuietAfter), Is.False);
    }

    [Test]
    public void Given_every_operation_struck_once_When_the_services_still_meet_the_fault_Then_it_is_not_over_until_quiet()
    {
        var strikes = FaultStrikes.From(Operations, 3, [("lwaToken", "Throttle", 2), ("getOrders", "Throttle", 2), ("createFeed", "Throttle", 2)]);

        Assert.Multiple(() =>
        {
            Assert.That(strikes.IsOver(TimeSpan.FromSeconds(1), QuietAfter), Is.False);
            Assert.That(strikes.IsOver(QuietAfter, QuietAfter), Is.True);
        });
    }

    [Test]
    public void Given_every_fault_used_up_When_asked_at_once_Then_it_is_over()
    {
        var strikes = FaultStrikes.From(Operations, 3, []);

        Assert.That(strikes.IsOver(TimeSpan.Zero, QuietAfter), Is.True);
    }
}
