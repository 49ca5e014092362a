using FluentValidation;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.SpApiSimulator.Clock;
using Fulfillment.SpApiSimulator.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Clock;

/// <summary>Moves Amazon's clock forward by <paramref name="By"/> (e.g. <c>"00:02:00"</c>).</summary>
public sealed record AdvanceClockRequest(TimeSpan By);

public sealed class AdvanceClockRequestValidator : AbstractValidator<AdvanceClockRequest>
{
    public AdvanceClockRequestValidator() =>
        RuleFor(request => request.By).InclusiveBetween(TimeSpan.FromTicks(1), TimeSpan.FromDays(30))
            .WithMessage("'{PropertyName}' must be more than zero and at most 30 days: Amazon's clock only moves forward.");
}

/// <summary>Amazon's time now and how far it runs ahead of the system clock.</summary>
public sealed record ClockView(DateTimeOffset Now, TimeSpan Offset);

public static class ClockEndpoints
{
    public static RouteGroupBuilder MapClock(this RouteGroupBuilder group)
    {
        group.MapGet("/clock", (SimulatorClock clock) => TypedResults.Ok(new ClockView(clock.GetUtcNow(), clock.Offset)));
        group.MapPost("/clock/advance", Advance).Validate<AdvanceClockRequest>();
        return group;
    }

    // Two advances at once must store the later offset last.
    private static readonly Lock Advancing = new();

    private static Ok<ClockView> Advance(AdvanceClockRequest request, SimulatorClock clock, SimulatorStateWriter state)
    {
        lock (Advancing)
        {
            state.Save(SimulatorClock.StateKind, SimulatorClock.OffsetId, clock.Advance(request.By));
        }

        return TypedResults.Ok(new ClockView(clock.GetUtcNow(), clock.Offset));
    }
}
