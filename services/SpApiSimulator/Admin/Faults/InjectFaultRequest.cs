using FluentValidation;
using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.Lwa;
using Fulfillment.SpApiSimulator.RateLimiting;

namespace Fulfillment.SpApiSimulator.Admin.Faults;

/// <summary>
/// The next <paramref name="Count"/> requests of <paramref name="Operation"/> (an operation id of the models,
/// <c>lwaToken</c> for Login With Amazon's token endpoint, or <c>*</c> for every SP-API operation) get the fault <paramref name="Kind"/> (a <see cref="FaultKind"/> name: Throttle, InternalError,
/// ServiceUnavailable, Delay, Malformed, LateAnswer, ConnectionLost or Rejected); a <c>Delay</c> waits
/// <paramref name="DelayMilliseconds"/> before the operation, a <c>LateAnswer</c> as long after it.
/// </summary>
public sealed record InjectFaultRequest(string Operation, string Kind, int Count = 1, int DelayMilliseconds = 0);

public sealed class InjectFaultRequestValidator : AbstractValidator<InjectFaultRequest>
{
    public InjectFaultRequestValidator(UsagePlans plans)
    {
        RuleFor(request => request.Operation)
            .Must(operation => operation is ArmedFault.AnyOperation or LwaTokenEndpoint.OperationId
                || (operation is not null && plans.All.ContainsKey(operation)))
            .WithMessage(_ => $"'{{PropertyName}}' must be *, {LwaTokenEndpoint.OperationId} or one of: " +
                $"{string.Join(", ", plans.All.Keys.Order(StringComparer.Ordinal))}.");
        // Names the kinds so that a caller who misspells one sees every fault the simulator can give.
        RuleFor(request => request.Kind)
            .IsEnumName(typeof(FaultKind), caseSensitive: true)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Enum.GetNames<FaultKind>())}.");
        RuleFor(request => request.Count).InclusiveBetween(1, 100_000);
        RuleFor(request => request.DelayMilliseconds)
            .InclusiveBetween(1, 300_000)
            .When(request => request.Kind is nameof(FaultKind.Delay) or nameof(FaultKind.LateAnswer))
            .WithMessage("'{PropertyName}' must be from 1 to 300000 for a Delay or a LateAnswer.");
    }
}
