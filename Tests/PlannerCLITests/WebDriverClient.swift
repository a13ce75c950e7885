import Foundation

/// A small W3C WebDriver client: enough to drive headless Chromium through chromedriver in a test.
struct WebDriverClient {
  /// chromedriver's address, such as `http://127.0.0.1:9515`.
  let driver: String
  /// The browser session.
  let sessionID: String

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts a headless Chromium session.
  static func start(driver: String, chromium: String) throws -> WebDriverClient {
    let capabilities: [String: Any] = [
      "capabilities": [
        "alwaysMatch": [
          "browserName": "chrome",
          "goog:chromeOptions": [
            "binary": chromium,
            "args": [
              "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1200",
            ],
          ],
        ]
      ]
    ]
    let value = try request("POST", driver + "/session", capabilities)
    guard let session = (value as? [String: Any])?["sessionId"] as? String else {
      throw Failure(description: "chromedriver gave no session: \(String(describing: value))")
    }
    return WebDriverClient(driver: driver, sessionID: session)
  }

  /// Sends one command and returns its `value`.
  @discardableResult
  static func request(_ method: String, _ url: String, _ body: [String: Any]? = nil) throws -> Any? {
    let data = try LoopbackHTTP.send(
      method: method, url: url, body: try body.map { try JSONSerialization.data(withJSONObject: $0) })
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let value = json?["value"]
    if let error = (value as? [String: Any])?["error"] as? String {
      throw Failure(description: "\(method) \(url): \(error): \((value as? [String: Any])?["message"] ?? "")")
    }
    return value
  }

  private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
    try Self.request(method, driver + "/session/" + sessionID + path, body)
  }

  func open(_ url: String) throws {
    try command("POST", "/url", ["url": url])
  }

  /// The id of the first element matching a CSS selector.
  func element(_ selector: String) throws -> String {
    let value = try command("POST", "/element", ["using": "css selector", "value": selector])
    guard let id = (value as? [String: Any])?.values.first as? String else {
      throw Failure(description: "no element \(selector)")
    }
    return id
  }

  func text(_ selector: String) throws -> String {
    (try command("GET", "/element/" + element(selector) + "/text")) as? String ?? ""
  }

  func property(_ selector: String, _ name: String) throws -> String {
    (try command("GET", "/element/" + element(selector) + "/property/" + name)) as? String ?? ""
  }

  /// Replaces a field's text by typing: select all (Control-A), then `text`, as a person would. (WebDriver's clear
  /// command would fire the field's change event, which submits the explorer's form with an empty value.)
  func type(_ selector: String, _ text: String) throws {
    try command("POST", "/element/" + element(selector) + "/value", ["text": "\u{E009}a\u{E000}" + text])
  }

  func click(_ selector: String) throws {
    try command("POST", "/element/" + element(selector) + "/click", [:])
  }

  /// Waits until `selector`'s text satisfies `condition` (the page may be loading), up to `seconds`.
  func waitForText(_ selector: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      if let text = try? text(selector) {
        last = text
        if condition(text) { return text }
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    throw Failure(description: "\(selector) never satisfied the condition; last text '\(last)'")
  }

  func quit() {
    _ = try? Self.request("DELETE", driver + "/session/" + sessionID)
  }
}
