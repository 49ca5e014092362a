using FluentValidation;

namespace Fulfillment.CommerceOrder.Catalog.SaveProduct;

/// <summary>
/// A product as an operator (or the Commerce catalog) sends it. Every field is nullable so that a field left out is a
/// 400 naming it, not a silent default (a missing <c>quantity</c> must not empty the stock).
/// </summary>
public sealed record SaveProductRequest(string? Name, bool? Enabled, int? Quantity, bool? ManageStock);

public sealed class SaveProductRequestValidator : AbstractValidator<SaveProductRequest>
{
    public SaveProductRequestValidator()
    {
        RuleFor(request => request.Name).NotEmpty().MaximumLength(255);
        RuleFor(request => request.Enabled).NotNull();
        RuleFor(request => request.Quantity).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(request => request.ManageStock).NotNull();
    }
}
