using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.RetryConfirmation;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

public sealed class RetryConfirmationTests
{
    [Test]
    public void Given_a_rejected_package_When_an_operator_retries_Then_only_it_is_pending_again()
    {
        var failed = Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"), Shipments.Rejected("2"));

        var events = RetryConfirmationDecider.Decide(failed, Shipments.Now);

        var retried = Shipments.Given(
            [Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"), Shipments.Rejected("2"), .. events]);
        Assert.Multiple(() =>
        {
            Assert.That(((ConfirmationRetryRequested)events.Single()).PackageReferenceIds, Is.EqualTo(new[] { "2" }));
            Assert.That(retried.Status, Is.EqualTo(ConfirmationStatus.Pending));
            Assert.That(retried.PackageOf("1")!.State, Is.EqualTo(PackageState.Accepted));
            Assert.That(retried.PackageOf("2")!.State, Is.EqualTo(PackageState.Pending));
            Assert.That(retried.PackageOf("2")!.Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public void Given_nothing_rejected_When_an_operator_retries_Then_nothing_is_recorded()
    {
        Assert.That(RetryConfirmationDecider.Decide(Shipments.Given(Shipments.Sent("1")), Shipments.Now), Is.Empty);
    }
}
