using FluentValidation;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.SpApiClient;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Stores.ConnectAmazonStore;

public sealed class ConnectAmazonStoreRequestValidator : AbstractValidator<ConnectAmazonStoreRequest>
{
    public ConnectAmazonStoreRequestValidator(IOptions<SpApiOptions> spApi)
    {
        // A store id starts with a letter, so it can never be mistaken for an Amazon order id (digits and dashes).
        RuleFor(request => request.StoreId)
            .NotEmpty()
            .Matches("^[a-z][a-z0-9-]{1,39}$")
            .WithMessage("'{PropertyName}' must be 2-40 lower-case letters, digits or dashes, starting with a letter.");
        RuleFor(request => request.SellerId).NotEmpty().Matches("^[A-Z0-9]{8,20}$");
        RuleFor(request => request.MarketplaceId).NotEmpty().Matches("^[A-Z0-9]{8,20}$");
        RuleFor(request => request.SpApiEndpoint)
            .NotNull()
            .Must(endpoint => AmazonEndpoints.Permits(endpoint, spApi.Value.AllowedEndpoints))
            .WithMessage("'{PropertyName}' must be one of Amazon's SP-API hosts over https (e.g. https://sellingpartnerapi-na.amazon.com), " +
                "or an origin this deployment allows in SpApi__AllowedEndpoints.");
        RuleFor(request => request.CredentialsName)
            .NotEmpty()
            .Must(name => spApi.Value.Credentials.ContainsKey(name))
            // The same answer for every name that is not configured, and no list of those that are.
            .WithMessage("'CredentialsName' does not name Login With Amazon credentials of this deployment " +
                "(they are configured as SpApi__Credentials__<name>__ClientId, __ClientSecret, __RefreshToken).");
        RuleFor(request => request.WebsiteCode).NotEmpty();
        RuleFor(request => request.Settings!).SetValidator(new OrderSettingsValidator()).When(request => request.Settings is not null);
    }
}
