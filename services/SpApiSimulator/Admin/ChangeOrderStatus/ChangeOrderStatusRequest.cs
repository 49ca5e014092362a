using FluentValidation;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.Admin.ChangeOrderStatus;

/// <summary>
/// Amazon changes an order's status, now or at <paramref name="At"/>: an explicit time lets a test put an update
/// exactly on a polling-window edge. It must not be in the future nor before the order's last update.
/// </summary>
public sealed record ChangeOrderStatusRequest(string Status, DateTimeOffset? At);

public sealed class ChangeOrderStatusRequestValidator : AbstractValidator<ChangeOrderStatusRequest>
{
    public ChangeOrderStatusRequestValidator(TimeProvider clock)
    {
        RuleFor(request => request.Status).IsEnumName(typeof(OrderStatus), caseSensitive: true);
        RuleFor(request => request.At)
            .LessThanOrEqualTo(_ => clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must not be in the future.");
    }
}
