using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

public sealed class SendPackageTests
{
    private static readonly DateTimeOffset Now = Shipments.Now;

    [Test]
    public void Given_a_pending_package_When_sent_Then_its_first_attempt_is_recorded_before_the_call()
    {
        var events = SendPackageDecider.Start(Shipments.Given(), "1", Now);

        Assert.That(events, Is.EqualTo(new object[] { new PackageSent(Shipments.ShipmentId, "1", 1, Now) }));
    }

    [Test]
    public void Given_an_accepted_package_When_it_is_to_be_sent_Then_the_decider_refuses()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1"));

        Assert.That(() => SendPackageDecider.Start(confirmation, "1", Now), Throws.InvalidOperationException);
    }

    [Test]
    public void Given_one_of_two_packages_in_flight_When_Amazon_accepts_it_Then_only_that_package_is_accepted()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        var events = SendPackageDecider.Record(confirmation, "1", new PackageOutcome.Accepted(false), Now);

        Assert.That(events, Is.EqualTo(new object[] { new PackageAccepted(Shipments.ShipmentId, "1", 1, false, Now) }));
    }

    [Test]
    public void Given_the_last_package_in_flight_When_Amazon_accepts_it_Then_the_shipment_is_confirmed_with_every_tracking_number()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"));

        var events = SendPackageDecider.Record(confirmation, "2", new PackageOutcome.Accepted(false), Now);

        var confirmed = Shipments.Given([Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"), .. events]);
        Assert.Multiple(() =>
        {
            Assert.That(events[1], Is.InstanceOf<ConfirmationCompleted>());
            Assert.That(
                ((ConfirmationCompleted)events[1]).TrackingNumbers, Is.EqualTo(new[] { "1Z999AA10123456784", "PB-778899" }));
            Assert.That(confirmed.Status, Is.EqualTo(ConfirmationStatus.Confirmed));
        });
    }

    [Test]
    public void Given_a_package_whose_answer_was_lost_When_Amazon_says_already_confirmed_Then_it_counts_as_accepted()
    {
        var confirmation = Shipments.Given(
            Shipments.Sent("1"),
            new PackageSendFailed(Shipments.ShipmentId, "1", 1, "timeout", true, Now, Now),
            Shipments.Sent("1", attempt: 2));

        var events = SendPackageDecider.Record(confirmation, "1", new PackageOutcome.Accepted(AlreadyConfirmed: true), Now);

        var accepted = (PackageAccepted)events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.AlreadyConfirmed, Is.True);
            Assert.That(accepted.Attempt, Is.EqualTo(2));
        });
    }

    [Test]
    public void Given_a_package_in_flight_When_no_answer_comes_Then_it_is_due_again_at_once_and_stays_sent()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        var events = SendPackageDecider.Record(confirmation, "1", new PackageOutcome.Failed("timeout", OutcomeUnknown: true), Now);

        var package = Shipments.Given([Shipments.Sent("1"), .. events]).PackageOf("1")!;
        Assert.Multiple(() =>
        {
            Assert.That(package.State, Is.EqualTo(PackageState.Sent));
            Assert.That(package.IsDue(Now), Is.True);
            Assert.That(package.LastAnswer!.Outcome, Is.EqualTo(AmazonAnswer.NoAnswer));
        });
    }

    [Test]
    public void Given_a_package_in_flight_When_Amazon_stays_unavailable_Then_it_waits_before_the_next_attempt()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        var events = SendPackageDecider.Record(confirmation, "1", new PackageOutcome.Failed("HTTP 503", OutcomeUnknown: false), Now);

        var package = Shipments.Given([Shipments.Sent("1"), .. events]).PackageOf("1")!;
        Assert.Multiple(() =>
        {
            Assert.That(package.State, Is.EqualTo(PackageState.Pending));
            Assert.That(package.IsDue(Now), Is.False);
            Assert.That(package.IsDue(Now + SendPackageDecider.PauseAfter(1)), Is.True);
        });
    }

    [Test]
    public void Given_a_package_in_flight_When_Amazon_refuses_it_Then_the_rejection_keeps_Amazons_code_and_message()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"));

        var events = SendPackageDecider.Record(
            confirmation, "2", new PackageOutcome.Rejected("InvalidInput", "OrderItemId is invalid"), Now);

        var failed = Shipments.Given([Shipments.Sent("1"), Shipments.Accepted("1"), Shipments.Sent("2"), .. events]);
        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Shipments.Rejected("2") }));
            Assert.That(failed.Status, Is.EqualTo(ConfirmationStatus.Failed));
            Assert.That(failed.PackageOf("2")!.LastAnswer!.Message, Is.EqualTo("OrderItemId is invalid"));
        });
    }

    [Test]
    public void Given_a_package_not_in_flight_When_an_outcome_arrives_Then_nothing_is_recorded()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1"));

        Assert.That(SendPackageDecider.Record(confirmation, "1", new PackageOutcome.Accepted(false), Now), Is.Empty);
    }

    [Test]
    public void Given_repeated_unavailability_When_paused_Then_the_pause_doubles_up_to_ten_minutes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SendPackageDecider.PauseAfter(1), Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(SendPackageDecider.PauseAfter(3), Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(SendPackageDecider.PauseAfter(30), Is.EqualTo(TimeSpan.FromMinutes(10)));
        });
    }
}
