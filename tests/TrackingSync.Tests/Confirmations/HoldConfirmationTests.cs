using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

public sealed class HoldConfirmationTests
{
    [Test]
    public void Given_stores_in_each_state_When_asked_why_to_hold_Then_unknown_inactive_and_read_only_hold_and_active_sends()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SendPackageDecider.HoldReasonFor(null), Is.EqualTo(HoldReason.StoreUnknown));
            Assert.That(SendPackageDecider.HoldReasonFor(Shipments.Store(active: false)), Is.EqualTo(HoldReason.StoreInactive));
            Assert.That(SendPackageDecider.HoldReasonFor(Shipments.Store(readOnlyMode: true)), Is.EqualTo(HoldReason.ReadOnlyMode));
            Assert.That(
                SendPackageDecider.HoldReasonFor(Shipments.Store(active: false, readOnlyMode: true)),
                Is.EqualTo(HoldReason.StoreInactive));
            Assert.That(SendPackageDecider.HoldReasonFor(Shipments.Store()), Is.Null);
        });
    }

    [Test]
    public void Given_a_pending_confirmation_When_the_store_is_read_only_Then_it_is_held_with_the_reason()
    {
        var events = SendPackageDecider.Hold(Shipments.Given(), HoldReason.ReadOnlyMode, Shipments.Now);

        var held = Shipments.Given([.. events]);
        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { new ConfirmationHeld(Shipments.ShipmentId, HoldReason.ReadOnlyMode, Shipments.Now) }));
            Assert.That(held.Status, Is.EqualTo(ConfirmationStatus.Held));
        });
    }

    [Test]
    public void Given_a_held_confirmation_When_held_for_the_same_reason_Then_nothing_is_recorded()
    {
        var held = Shipments.Given(new ConfirmationHeld(Shipments.ShipmentId, HoldReason.ReadOnlyMode, Shipments.Now));

        Assert.That(SendPackageDecider.Hold(held, HoldReason.ReadOnlyMode, Shipments.Now), Is.Empty);
    }

    [Test]
    public void Given_a_held_confirmation_When_the_store_may_be_called_Then_it_is_released_and_pending()
    {
        var held = Shipments.Given(new ConfirmationHeld(Shipments.ShipmentId, HoldReason.StoreUnknown, Shipments.Now));

        var events = SendPackageDecider.Hold(held, null, Shipments.Now);

        var released = Shipments.Given([new ConfirmationHeld(Shipments.ShipmentId, HoldReason.StoreUnknown, Shipments.Now), .. events]);
        Assert.Multiple(() =>
        {
            Assert.That(events.Single(), Is.InstanceOf<ConfirmationReleased>());
            Assert.That(released.Status, Is.EqualTo(ConfirmationStatus.Pending));
            Assert.That(released.HoldReason, Is.Null);
        });
    }

    [Test]
    public void Given_a_held_confirmation_When_a_package_is_to_be_sent_Then_the_decider_refuses()
    {
        var held = Shipments.Given(new ConfirmationHeld(Shipments.ShipmentId, HoldReason.StoreInactive, Shipments.Now));

        Assert.That(() => SendPackageDecider.Start(held, "1", Shipments.Now), Throws.InvalidOperationException);
    }
}
