using Fulfillment.ServiceDefaults.Security;
using FluentValidation;

namespace Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;

/// <param name="ReasonCode">One of Amazon's ten reason codes, spelled as Amazon spells them.</param>
/// <param name="RequestedBy">
/// For whom the caller acts, as the caller's tool names them; recorded after the signed-in caller, never instead (X4).
/// </param>
public sealed record CancelOrderRequest(string? ReasonCode, string? RequestedBy);

public sealed class CancelOrderRequestValidator : AbstractValidator<CancelOrderRequest>
{
    public CancelOrderRequestValidator()
    {
        RuleFor(request => request.ReasonCode)
            .Must(CancelReasonCodes.IsKnown)
            .WithMessage($"'{{PropertyName}}' must be one of Amazon's reason codes: {string.Join(", ", CancelReasonCodes.All)}.");
        RuleFor(request => request.RequestedBy).MaximumLength(200);
    }
}
