#!/usr/bin/env python3
"""Creates the three cases of v12-three-cases.sql through SafeCase's REST API.

Run against a FRESH server of commit 53efa25 started with demo data, e.g.

    SAFECASE_DB_URL=jdbc:mariadb://127.0.0.1:3306/safecase_v12 SAFECASE_DB_USER=safecase_v12 \
    SAFECASE_DB_PASSWORD=safecase_v12 SAFECASE_DEMO_DATA=true SAFECASE_HTTP_PORT=8097 \
    SAFECASE_PAYARA_ROOT=/tmp/payara-v12 server-config/run-payara.sh

    python3 make-v12-dump.py [--base http://127.0.0.1:8097/safecase/api] [--record notes.json]

Only the standard library is used. Every step goes through the API as the demo user who would do
it (HTTP Basic, password SafeCase-demo-1): report, list the inbox, claim, read the form, complete.
For each case the script completes the tasks it has answers for, in whatever order the engine
opens them, and stops when only the tasks meant to stay open are left; a task it does not expect
stops it with an error. At the end it prints (and with --record writes) the references, every
value entered per task and the tasks left open per case.
"""
import argparse
import base64
import json
import sys
import urllib.error
import urllib.request

PASSWORD = "SafeCase-demo-1"
# Everyone who may hold a task on a Riverside case: the inbox is per user.
INBOX_USERS = ["lead.riverside", "dsl.riverside", "deputydsl.riverside", "head.riverside",
               "staff.riverside", "hr.northshire"]

CASES = [
    {
        "name": "half-way staff case",
        "reporter": "staff.riverside",
        "report": {
            "category": "CYBERBULLYING",
            "description": "A parent's friend keeps posting mocking comments and an edited photo of me on a "
                           "public Facebook page about the school.",
            "occurredAt": "2026-11-23T16:45",
            "platform": "Facebook",
            "locationUrl": "https://social.example/post/123",
            "accountName": "riverside.gossip",
            "perpetrator": "OTHER",
            "immediateDanger": False,
            "policeWanted": False,
            "evidenceHeld": "Screen captures with time, date and web address",
        },
        # task definition key -> (user who works it, answers)
        "tasks": {
            "triageByLead": ("lead.riverside", {
                "severity": "MEDIUM", "mayBeCriminal": "false", "perpetrator": "OTHER",
                "removalNeeded": "true", "posterKnown": "true", "maliciousClaimByPupil": "false"}),
            "askPosterToRemove": ("lead.riverside", {"removalRequestedOn": "2026-11-24"}),
            "recordPosterResponse": ("lead.riverside", {"removalOutcome": "REFUSED"}),
            "recordMaterialLocation": ("lead.riverside", {
                "materialUrl": "https://social.example/post/123", "capturedOn": "2026-11-27"}),
            "reportToProvider": ("lead.riverside", {
                "provider": "Facebook", "materialIllegal": "false", "termBroken": "Bullying and harassment",
                "providerReference": "FB-778812"}),
        },
        "leave_open": {"recordProviderDecision", "recordSupport"},
        "expect_open": {"recordProviderDecision"},
    },
    {
        "name": "closed staff case",
        "reporter": "staff.riverside",
        "report": {
            "category": "CYBERBULLYING",
            "description": "A colleague has been posting insulting comments about me in a public group "
                           "on a social network.",
            "occurredAt": "2026-11-25T19:30",
            "platform": "Facebook",
            "perpetrator": "COLLEAGUE",
            "immediateDanger": False,
            "policeWanted": False,
            "evidenceHeld": "Screen captures of the posts",
        },
        "tasks": {
            "triageByLead": ("lead.riverside", {
                "severity": "HIGH", "mayBeCriminal": "true", "perpetrator": "COLLEAGUE",
                "removalNeeded": "false", "posterKnown": "false", "maliciousClaimByPupil": "false"}),
            "considerPolice": ("lead.riverside", {"staffMemberConsulted": "true", "policeInvolved": "true"}),
            "recordPoliceReferral": ("lead.riverside", {
                "policeRoute": "NON_EMERGENCY_101", "crimeReference": "CR-2026-4471",
                "policeOfficer": "PC Jones", "referredOn": "2026-11-26"}),
            "recordPoliceClearance": ("lead.riverside", {"policeClearedOn": "2026-11-30"}),
            "hrHandlesDisciplinary": ("hr.northshire", {"disciplinaryOutcome": "Final written warning"}),
            "recordSupport": ("lead.riverside", {
                "supportOffered": "Counselling via the employee assistance programme",
                "supportOfferedOn": "2026-12-01"}),
            "recordOutcome": ("lead.riverside", {"caseOutcome": "Posts removed, colleague disciplined"}),
            "staffSatisfaction": ("staff.riverside", {"satisfied": "false"}),
        },
        "leave_open": set(),
        "expect_open": set(),
        "expect_status": "CLOSED",
    },
    {
        "name": "child-protection case after the initial review",
        "reporter": "staff.riverside",
        "report": {
            "category": "NUDE_IMAGES",
            "description": "A pupil told me a nude image of another pupil is being passed round a class group.",
            "occurredAt": "2026-11-30T12:15",
            "platform": "Snapchat",
            "perpetrator": "PUPIL",
            "immediateDanger": False,
            "policeWanted": False,
        },
        "tasks": {
            "initialReviewByDsl": ("dsl.riverside", {
                "childrenInvolved": "2", "youngestAge": "13", "childVulnerable": "true", "adultInvolved": "false",
                "coercionOrExploitation": "false", "unusualOrViolentContent": "false",
                "sexualActsUnder13": "false", "sharedWithoutConsent": "false", "immediateRiskOfHarm": "false",
                "howWidelyShared": "Sent to two classmates on Snapchat", "deviceSearched": "false"}),
        },
        "leave_open": {"recordPoliceReferral", "recordSocialCareReferral"},
        "expect_open": {"recordPoliceReferral", "recordSocialCareReferral"},
    },
]


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")

    def call(self, user, method, path, body=None, ok=(200, 201)):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        if status not in ok:
            raise SystemExit(f"{method} {path} as {user}: HTTP {status}: {text}")
        return json.loads(text) if text else None

    def inbox(self, user):
        tasks, first = [], 0
        while True:
            page = self.call(user, "GET", f"/tasks?first={first}&size=100")
            tasks.extend(page["tasks"])
            first += len(page["tasks"])
            if not page["tasks"] or first >= page["total"]:
                return tasks

    def open_tasks(self, reference):
        """Open tasks of one case, as seen from every user's inbox, by task id."""
        found = {}
        for user in INBOX_USERS:
            for task in self.inbox(user):
                if task["caseReference"] == reference:
                    found.setdefault(task["id"], dict(task, seenBy=[]))["seenBy"].append(user)
        return found


def run_case(api, case):
    receipt = api.call(case["reporter"], "POST", "/incidents", case["report"], ok=(201,))
    reference = receipt["reference"]
    print(f"{case['name']}: reported {reference} as {case['reporter']}", flush=True)
    done, entered = set(), []
    while True:
        open_now = api.open_tasks(reference)
        todo = [t for t in open_now.values() if t["taskKey"] not in case["leave_open"]]
        unexpected = [t for t in todo if t["taskKey"] not in case["tasks"] or t["taskKey"] in done]
        if unexpected:
            raise SystemExit(f"{reference}: unexpected open task(s): {unexpected}")
        if not todo:
            break
        task = sorted(todo, key=lambda t: t["createdAt"])[0]
        key = task["taskKey"]
        user, answers = case["tasks"][key]
        if user not in task["seenBy"]:
            raise SystemExit(f"{reference}: {key} is not in {user}'s inbox (seen by {task['seenBy']})")
        if task.get("assignee") is None:
            claimed = api.call(user, "POST", f"/tasks/{task['id']}/claim")
            assignee = claimed["assignee"]
        else:
            # Assigned by the model (e.g. to the reporter). An inbox lists unclaimed group tasks and
            # the caller's own, so an assigned task in this user's inbox is assigned to this user.
            assignee = task["assignee"]
            if len(task["seenBy"]) != 1:
                raise SystemExit(f"{reference}: {key} assigned to {assignee}, seen by {task['seenBy']}")
        form = api.call(user, "GET", f"/tasks/{task['id']}/form")
        field_ids = [f["id"] for f in form["fields"]]
        missing = [f["id"] for f in form["fields"] if f["required"] and f["id"] not in answers]
        extra = [k for k in answers if k not in field_ids]
        if missing or extra:
            raise SystemExit(f"{reference}: {key}: form fields {field_ids}; missing {missing}, not asked {extra}")
        api.call(user, "POST", f"/tasks/{task['id']}/complete", answers)
        done.add(key)
        entered.append({"taskKey": key, "name": task["name"], "by": user, "assignee": assignee,
                        "claimed": task.get("assignee") is None,
                        "answers": {f: answers[f] for f in field_ids if f in answers},
                        "unanswered": [f for f in field_ids if f not in answers]})
        print(f"  {key} completed by {user} ({assignee}): {answers}", flush=True)
    left = sorted(t["taskKey"] for t in api.open_tasks(reference).values())
    if set(left) != case["expect_open"]:
        raise SystemExit(f"{reference}: open tasks {left}, expected {sorted(case['expect_open'])}")
    not_done = [k for k in case["tasks"] if k not in done]
    if not_done:
        raise SystemExit(f"{reference}: never opened: {not_done}")
    viewer = "dsl.riverside" if case["report"]["category"] == "NUDE_IMAGES" else "lead.riverside"
    view = api.call(viewer, "GET", f"/cases/{reference}")
    if case.get("expect_status") and view["status"] != case["expect_status"]:
        raise SystemExit(f"{reference}: status {view['status']}, expected {case['expect_status']}")
    print(f"  status {view['status']}; open tasks: {left}", flush=True)
    return {"case": case["name"], "reference": reference, "reportedBy": case["reporter"],
            "reportedAt": receipt["reportedAt"], "report": case["report"], "tasks": entered,
            "openTasks": left, "status": view["status"], "caseView": view}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8097/safecase/api")
    parser.add_argument("--record", help="write what was entered, as JSON, to this file")
    args = parser.parse_args()
    api = Api(args.base)
    for user in INBOX_USERS:
        if any(True for _ in api.inbox(user)):
            raise SystemExit(f"{user} already has tasks: run this against a fresh database")
    results = [run_case(api, case) for case in CASES]
    if args.record:
        with open(args.record, "w") as out:
            json.dump(results, out, indent=2)
    for r in results:
        print(f"{r['reference']}: {r['status']}, open: {', '.join(r['openTasks']) or 'none'}")


if __name__ == "__main__":
    sys.exit(main())
