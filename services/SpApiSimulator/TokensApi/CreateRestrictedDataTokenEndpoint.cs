using System.Text.Json.Serialization;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.TokensApi;

/// <summary>The model's <c>CreateRestrictedDataTokenResponse</c>.</summary>
public sealed record CreateRestrictedDataTokenResponse(
    [property: JsonPropertyName("restrictedDataToken")] string RestrictedDataToken,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn);

/// <summary>Amazon's Tokens API v2021-03-01, at the path of <c>Models/tokens_2021-03-01.json</c>.</summary>
public static class CreateRestrictedDataTokenEndpoint
{
    public static WebApplication MapTokensApi(this WebApplication app)
    {
        app.MapGroup("/tokens/2021-03-01")
            .WithTags("Tokens API 2021-03-01")
            // Amazon's own API: it authenticates callers with Login With Amazon access tokens, as Amazon does.
            .AllowAnonymous()
            .AddEndpointFilter<SpApiOperationFilter>()
            .MapPost("/restrictedDataToken", HandleAsync)
            .IsSpApiOperation("createRestrictedDataToken");
        return app;
    }

    private static async Task<Results<JsonHttpResult<CreateRestrictedDataTokenResponse>, JsonHttpResult<SpApiErrorList>>> HandleAsync(
        HttpContext http, IssuedTokens tokens)
    {
        var (resources, error) = CreateRestrictedDataTokenReader.Read(await SpApiRequestBody.ReadAsync(http));
        if (resources is null)
        {
            return SpApiResults.Error(StatusCodes.Status400BadRequest, error!);
        }

        var token = tokens.IssueRestrictedDataToken(http.SpApiCaller().SellerId, resources);
        return SpApiResults.Ok(new CreateRestrictedDataTokenResponse(token, (int)tokens.RestrictedDataTokenLifetime.TotalSeconds));
    }
}
