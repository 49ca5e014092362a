using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.OperatorsPage.Services;

/// <summary>
/// The services that own what the page shows and does. The page never changes another service's data itself: an
/// action is a call to the owning service's API on behalf of the signed-in person, with their own access token (X2),
/// and the page shows that service's answer: the service checks the person's permission and records them as the
/// actor. OrderImport's own APIs are called the same way, so that they validate as usual.
/// </summary>
public sealed class OwningServices(
    IHttpClientFactory httpClients, IOptions<ServiceEndpoints> endpoints, IServer server, IHttpContextAccessor httpContext)
{
    public const string HttpClientName = "operators-page";

    public const string CommerceOrder = nameof(ServiceEndpoints.CommerceOrder);
    public const string CustomerProvisioning = nameof(ServiceEndpoints.CustomerProvisioning);
    public const string TrackingSync = nameof(ServiceEndpoints.TrackingSync);
    public const string OrderImport = nameof(ServiceEndpoints.OrderImport);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Every service that keeps events about an Amazon order, for the timeline.</summary>
    public static IReadOnlyList<string> WithOrderHistory { get; } = [OrderImport, CustomerProvisioning, CommerceOrder, TrackingSync];

    public Uri? BaseAddressOf(string service) => service switch
    {
        CommerceOrder => endpoints.Value.CommerceOrder.Url,
        CustomerProvisioning => endpoints.Value.CustomerProvisioning.Url,
        TrackingSync => endpoints.Value.TrackingSync.Url,
        OrderImport => endpoints.Value.OrderImport.Url ?? OwnAddress(),
        _ => null,
    };

    /// <summary>A GET that yields the service's JSON, or the answer explaining why there is none.</summary>
    public async Task<(JsonElement? Body, ServiceAnswer? Problem)> GetAsync(
        string service, string path, CancellationToken cancellationToken)
    {
        var (response, problem) = await SendAsync(service, HttpMethod.Get, path, null, cancellationToken);
        using (response)
        {
            if (response is null)
            {
                return (null, problem);
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, await ServiceAnswer.FromAsync(service, $"GET {path}", response, cancellationToken));
            }

            return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken), null);
        }
    }

    /// <summary>An action: the owning service's answer, accepted or refused.</summary>
    public async Task<ServiceAnswer> SendAsync(
        string service, string action, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var (response, problem) = await SendAsync(service, method, path, body, cancellationToken);
        using (response)
        {
            return response is null ? problem! : await ServiceAnswer.FromAsync(service, action, response, cancellationToken);
        }
    }

    /// <summary>An action whose accepted answer carries JSON the page needs to say what happened (null when it has none).</summary>
    public async Task<(ServiceAnswer Answer, JsonElement? Body)> SendReadingAsync(
        string service, string action, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var (response, problem) = await SendAsync(service, method, path, body, cancellationToken);
        using (response)
        {
            if (response is null)
            {
                return (problem!, null);
            }

            var answer = await ServiceAnswer.FromAsync(service, action, response, cancellationToken);
            if (!answer.Succeeded || response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) != true)
            {
                return (answer, null);
            }

            return (answer, await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
        }
    }

    private async Task<(HttpResponseMessage? Response, ServiceAnswer? Problem)> SendAsync(
        string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        if (BaseAddressOf(service) is not { } baseAddress)
        {
            return (null, ServiceAnswer.NotConfigured(service));
        }

        if (await PersonsAccessTokenAsync() is not { } accessToken)
        {
            return (null, ServiceAnswer.NoPerson(service));
        }

        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        try
        {
            return (await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken), null);
        }
        catch (HttpRequestException exception)
        {
            return (null, ServiceAnswer.Unreachable(service, exception.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, ServiceAnswer.Unreachable(service, "no answer in time"));
        }
    }

    /// <summary>The signed-in person's access token, kept in their server-side session; none without a person.</summary>
    private async Task<string?> PersonsAccessTokenAsync()
    {
        if (httpContext.HttpContext is not { } context || context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.GetTokenValue("access_token")
            ?? await context.GetTokenAsync(PageAuthentication.SessionScheme, "access_token");
    }

    /// <summary>The loopback address OrderImport listens on, for calling its own APIs.</summary>
    private Uri? OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        // "http://+:8080" and "http://*:8080" (containers) listen on every interface, loopback included.
        var uri = new Uri(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://[::]", "://127.0.0.1"));
        return new UriBuilder(uri) { Path = "/" }.Uri;
    }
}
