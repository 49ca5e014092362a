using System.Net;
using System.Text;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.CallFailures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Fulfillment.TrackingSync.Tests.SpApi;

/// <summary>
/// O4: the SP-API transport reports each failed attempt to the service's recorder, with Amazon's status, code and
/// message and whether it tries again, and never lets the recorder change how the call ends.
/// </summary>
public sealed class SpApiCallFailureReportTests
{
    private static readonly AmazonStoreAccess Store = new("A1SELLER", "ATVPDKIKX0DER", new Uri("http://amazon.test"), "test", "store-us");

    [Test]
    public async Task Given_a_503_then_an_answer_When_called_Then_one_failure_is_reported_that_will_be_retried()
    {
        var (transport, recorded) = TransportAnswering(
            Answer(HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"ServiceUnavailable","message":"Service is temporarily unavailable. Please try again."}]}"""),
            Answer(HttpStatusCode.OK, """{"payload":{}}"""));

        await transport.SendAsync<object>(Store, SpApiOperation.GetOrders, HttpMethod.Get, "/orders/v0/orders", null, null, CancellationToken.None);

        var failure = recorded.Single();
        Assert.Multiple(() =>
        {
            Assert.That(failure.StoreId, Is.EqualTo("store-us"));
            Assert.That(failure.Operation, Is.EqualTo("getOrders"));
            Assert.That(failure.HttpStatus, Is.EqualTo(503));
            Assert.That(failure.AmazonCode, Is.EqualTo("ServiceUnavailable"));
            Assert.That(failure.Message, Is.EqualTo("Service is temporarily unavailable. Please try again."));
            Assert.That(failure.Attempt, Is.EqualTo(1));
            Assert.That(failure.WillRetry, Is.True);
        });
    }

    [Test]
    public void Given_a_refusal_When_called_Then_it_is_reported_as_final_and_still_thrown()
    {
        var (transport, recorded) = TransportAnswering(
            Answer(HttpStatusCode.BadRequest, """{"errors":[{"code":"InvalidInput","message":"Marketplace ID is not defined"}]}"""));

        Assert.ThrowsAsync<SpApiRequestRejectedException>(() => transport.SendAsync<object>(
            Store, SpApiOperation.GetOrders, HttpMethod.Get, "/orders/v0/orders", null, null, CancellationToken.None));
        Assert.That(recorded.Select(failure => (failure.HttpStatus, failure.AmazonCode, failure.WillRetry)),
            Is.EqualTo(new[] { ((int?)400, "InvalidInput", false) }));
    }

    [Test]
    public void Given_a_recorder_that_fails_When_Amazon_refuses_Then_the_call_ends_with_Amazons_refusal()
    {
        var transport = Transport(
            new FailingRecorder(), tokenAnswer: null,
            Answer(HttpStatusCode.NotFound, """{"errors":[{"code":"NotFound","message":"Order not found"}]}"""));

        Assert.ThrowsAsync<SpApiRequestRejectedException>(() => transport.SendAsync<object>(
            Store, SpApiOperation.GetOrderItems, HttpMethod.Get, "/orders/v0/orders/1/orderItems", null, null, CancellationToken.None));
    }

    [Test]
    public void Given_Login_With_Amazon_refusing_the_client_When_called_Then_LWAs_error_is_reported_without_a_secret()
    {
        var recorded = new ListRecorder();
        var transport = Transport(
            recorded, tokenAnswer: Answer(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}"""));

        Assert.ThrowsAsync<LwaAuthorizationException>(() => transport.SendAsync<object>(
            Store, SpApiOperation.GetOrders, HttpMethod.Get, "/orders/v0/orders", null, null, CancellationToken.None));
        var failure = recorded.Single();
        Assert.Multiple(() =>
        {
            Assert.That(failure.AmazonCode, Is.EqualTo("invalid_client"));
            Assert.That(failure.HttpStatus, Is.Null);
            Assert.That(failure.Message, Does.Not.Contain("client-secret").And.Not.Contain("refresh-token"));
        });
    }

    private static (SpApiTransport, ListRecorder) TransportAnswering(params HttpResponseMessage[] answers)
    {
        var recorder = new ListRecorder();
        return (Transport(recorder, tokenAnswer: null, answers), recorder);
    }

    /// <param name="tokenAnswer">Login With Amazon's answer; null for a valid access token.</param>
    private static SpApiTransport Transport(
        ISpApiCallFailureRecorder recorder, HttpResponseMessage? tokenAnswer, params HttpResponseMessage[] answers)
    {
        var options = Options.Create(new SpApiOptions
        {
            LwaTokenEndpoint = new Uri("http://amazon.test/auth/o2/token"),
            AllowedEndpoints = { new Uri("http://amazon.test") },
            Credentials = { ["test"] = new LwaCredentials { ClientId = "client", ClientSecret = "client-secret", RefreshToken = "refresh-token" } },
            MaxAttempts = 3,
        });
        var clients = new StubClients(
            tokenAnswer ?? Answer(HttpStatusCode.OK, """{"access_token":"Atza|token","expires_in":3600}"""),
            new Queue<HttpResponseMessage>(answers));
        return new SpApiTransport(
            clients, new LwaAccessTokens(clients, options, TimeProvider.System), new SpApiRateLimits(options, TimeProvider.System),
            options, TimeProvider.System, recorder, new AmazonClock(TimeProvider.System), NullLogger<SpApiTransport>.Instance);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class ListRecorder : List<SpApiCallFailure>, ISpApiCallFailureRecorder
    {
        public Task RecordAsync(SpApiCallFailure failure, CancellationToken cancellationToken)
        {
            Add(failure);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingRecorder : ISpApiCallFailureRecorder
    {
        public Task RecordAsync(SpApiCallFailure failure, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the database is down");
    }

    private sealed class StubClients(HttpResponseMessage tokenAnswer, Queue<HttpResponseMessage> answers)
        : HttpMessageHandler, IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath == "/auth/o2/token" ? tokenAnswer : answers.Dequeue());
    }
}
