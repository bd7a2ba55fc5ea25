---------------------------- MODULE PoolSlowdown ----------------------------
(***************************************************************************)
(* The pool allocator of subr_pool.c on top of the km reserve, and the     *)
(* slowdown back channel between them.                                     *)
(*                                                                         *)
(* When getpage leaves the reserve below lowat it sets *slowdown, and a    *)
(* process in pool_do_get yields -- but only after it has published the    *)
(* page to the pool.  Yielding lets the woken km thread refill the         *)
(* reserve before the process can take another page (no drain), and        *)
(* publishing first means nobody holds a private page while off the CPU    *)
(* (no hoarding).  Processes (PR_WAITOK) may sleep and yield; interrupts   *)
(* (PR_NOWAIT) are one atomic step each and never block.                   *)
(***************************************************************************)
EXTENDS KmReserve

CONSTANTS
    Procs,      \* process contexts calling pool_get(PR_WAITOK)
    Intrs,      \* interrupt contexts calling pool_get(PR_NOWAIT)
    ITEMS,      \* items per pool page
    MAXIDLE,    \* pr_maxpages: idle pages the pool keeps before freeing one
    MAXINTR,    \* interrupt allocations in a behaviour, to bound the model
    MAXUSE      \* the workload: a process starts pool_get only below this many items in use

ASSUME PoolConstantsOK ==
    /\ Procs # {} /\ "none" \notin Procs /\ ThreadActor \notin Procs
    /\ ITEMS \in Nat \ {0}
    /\ MAXIDLE \in Nat
    /\ MAXINTR \in Nat
    /\ MAXUSE \in Nat

VARIABLES
    pc,          \* pc[p]: where process p is in pool_get / getpage / pool_put
    held,        \* held[p]: 1 iff p owns a page taken from the reserve, not yet in the pool
    slow,        \* slow[p]: the slowdown out-parameter getpage last gave p
    poolPages,   \* poolPages[k]: pool pages with exactly k free items
    inUse,       \* items handed out by pool_get and not yet put back
    intrAllocs,  \* interrupt pool_get calls so far
    intrFails,   \* interrupt pool_get calls that returned NULL
    badIntrFail, \* an interrupt found the reserve empty though a round could have refilled it
    hoardFail    \* an interrupt failed while an off-CPU process held a page

poolVars == <<pc, held, slow, poolPages, inUse>>
intrVars == <<intrAllocs, intrFails, badIntrFail, hoardFail>>
vars == <<kmVars, poolVars, intrVars>>

(***************************************************************************)
(* Process states.  "get": in pool_do_get with pr_mtx; "pla": 1.77 on,     *)
(* uvm_km_getpage_pla's uvm_pglistalloc of the physical page; "km": in     *)
(* uvm_km_getpage; "kmsleep": msleep "getpage" on an empty reserve;        *)
(* "post": 1.66/1.68, after mtx_leave in getpage; "kmsleep2": 1.67's       *)
(* msleep "getpg2" after the take; "poolsleep": 1.38, pool_do_get sleeps   *)
(* after the allocator returned NULL; "yieldHolding": 1.160's yield before *)
(* the insert; "insert": back in pool_do_get with the page; "yield": the   *)
(* yield after the insert; "unmap": 1.77's putpage unmapping with the km   *)
(* mutex held; "kmEnter": a nested putpage entering the km mutex.          *)
(***************************************************************************)
PcStates == {"idle", "get", "pla", "km", "kmsleep", "post", "kmsleep2", "poolsleep",
             "yieldHolding", "insert", "yield", "unmap", "kmEnter"}

\* The control variables and their places: what "every pc state is reached" means for
\* kmcheck's coverage (a process's pc is reached if some process is there).
ControlStates == [pc |-> PcStates, tpc |-> ThreadStates]

\* Coverage witnesses: steps (s, s') a model must contain for its passes to say something
\* about the protocol's hard cases.  kmcheck's coverage test evaluates every operator whose
\* name begins with "Witness" on every reachable transition of a revision's models.
WitnessGetpageSleep == \E p \in Procs : pc[p] # "kmsleep" /\ pc'[p] = "kmsleep"
WitnessPublishWakes == \E p \in Procs : pc[p] = "kmsleep" /\ pc'[p] = "km" /\ tpc = "alloc"
WitnessThreadUvmWait == ~tMemWait /\ tMemWait'
WitnessIntrFails == intrFails' > intrFails
WitnessTakeWakesThread == tAsleep /\ ~tAsleep' /\ kmFree' < kmFree
\* 1.38-1.76: an interrupt that finds the reserve empty still wakes the sleeping thread
WitnessFailWakesThread == tAsleep /\ ~tAsleep' /\ intrFails' > intrFails
\* an interrupt fails with exactly one round of memory left: NoBadIntrFail's boundary
WitnessIntrFailsAtBatch == intrFails' > intrFails /\ ~R.kva /\ uvmFree = BATCH
\* a round published beyond hiwat, its surplus freed (1.77 on): putpage filled the reserve
\* while the round ran unlocked, which only 1.79's inline putpage can
WitnessPublishBeyondHiwat == batch = BATCH /\ batch' = 0 /\ R.bounded /\ kmFree + BATCH > HIWAT

SleepStates == {"kmsleep", "kmsleep2", "poolsleep"}
YieldStates == {"yield", "yieldHolding"}
OffCpuStates == SleepStates \cup YieldStates

\* Free items in the pool.
PoolFreeItems ==
    LET S[k \in 0..ITEMS] == IF k = 0 THEN 0 ELSE S[k - 1] + k * poolPages[k]
    IN S[ITEMS]

\* Pages owned by the pool.
PoolPageCount ==
    LET S[k \in 0..ITEMS] == IF k = 0 THEN poolPages[0] ELSE S[k - 1] + poolPages[k]
    IN S[ITEMS]

HeldCount == Cardinality({p \in Procs : held[p] = 1})

\* 1.77 on (kva): from its uvm_pglistalloc to its take, a getpage caller owns
\* the physical page it allocated first -- asleep on "getpage" too.  The take
\* maps it at the reserve's address and it becomes held[p]'s page.
PhysOwner(p) == R.kva /\ pc[p] \in {"km", "kmsleep"}

PhysOwnerCount == Cardinality({p \in Procs : PhysOwner(p)})

\* p owns a page nobody else can use: a reserve page (held) or its own physical one.
Owns(p) == held[p] = 1 \/ PhysOwner(p)

\* Take one item off some page with free items (which page is not modelled).
TakeItem ==
    \E k \in 1..ITEMS :
        /\ poolPages[k] > 0
        /\ poolPages' = [poolPages EXCEPT ![k] = @ - 1, ![k - 1] = @ + 1]

TypeOK ==
    /\ KmTypeOK
    /\ kmLock \in Procs \cup {"none", ThreadActor}
    /\ pc \in [Procs -> PcStates]
    /\ held \in [Procs -> 0..1]
    /\ slow \in [Procs -> BOOLEAN]
    /\ poolPages \in [0..ITEMS -> Nat]
    /\ inUse \in Nat
    /\ intrAllocs \in 0..MAXINTR
    /\ intrFails \in 0..MAXINTR
    /\ badIntrFail \in BOOLEAN
    /\ hoardFail \in BOOLEAN

Init ==
    /\ KmInit
    /\ pc = [p \in Procs |-> "idle"]
    /\ held = [p \in Procs |-> 0]
    /\ slow = [p \in Procs |-> FALSE]
    /\ poolPages = [k \in 0..ITEMS |-> 0]
    /\ inUse = 0
    /\ intrAllocs = 0
    /\ intrFails = 0
    /\ badIntrFail = FALSE
    /\ hoardFail = FALSE

-----------------------------------------------------------------------------
(***************************************************************************)
(* Processes: pool_get(PR_WAITOK) and pool_put.                            *)
(***************************************************************************)

\* subr_pool.c: pool_get -- enter pool_do_get with pr_mtx held.
PStart(p) ==
    /\ pc[p] = "idle" /\ inUse < MAXUSE
    /\ pc' = [pc EXCEPT ![p] = "get"]
    /\ UNCHANGED <<kmVars, held, slow, poolPages, inUse, intrVars>>

\* subr_pool.c: pool_do_get -- take an item from a page with free items.
PTakeItem(p) ==
    /\ pc[p] = "get"
    /\ TakeItem
    /\ inUse' = inUse + 1
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED <<kmVars, held, slow, intrVars>>

\* subr_pool.c: pool_do_get -- no free item: call the back-end allocator,
\* dropping pr_mtx because the caller may sleep (PR_WAITOK).
PNeedPage(p) ==
    /\ pc[p] = "get" /\ PoolFreeItems = 0
    /\ pc' = [pc EXCEPT ![p] = IF R.kva THEN "pla" ELSE "km"]
    /\ UNCHANGED <<kmVars, held, slow, poolPages, inUse, intrVars>>

\* uvm_km.c 1.77: uvm_km_getpage_pla -- uvm_pglistalloc(UVM_PLA_WAITOK) one
\* physical page before the reserve is looked at; with none free the caller
\* waits in uvm_wait until one is (the step is not enabled before).
PPla(p) ==
    /\ pc[p] = "pla" /\ uvmFree > 0
    /\ uvmFree' = uvmFree - 1
    /\ pc' = [pc EXCEPT ![p] = "km"]
    /\ UNCHANGED <<kmFree, freeList, tAsleep, thrVars, kmLock, held, slow, poolPages,
                   inUse, intrVars>>

(***************************************************************************)
(* uvm_km.c: uvm_km_getpage -- the lowat check, with the page taken: below *)
(* lowat, wake the thread and (slowdown) tell the caller to slow down;     *)
(* 1.67 then sleeps ("getpg2") still holding the page; subr_pool 1.160     *)
(* yields before inserting it.  Under the mutex with the take, or after    *)
(* mtx_leave/splx (postUnlocked, PKmPost): the same code either way.       *)
(***************************************************************************)
LowCheck(p, low) ==
    /\ IF low THEN WakeThread ELSE UNCHANGED tAsleep
    /\ slow' = [slow EXCEPT ![p] = R.slowdown /\ low]
    /\ pc' = [pc EXCEPT ![p] =
                IF R.sleepHolding /\ low THEN "kmsleep2"
                ELSE IF R.slowdown /\ low /\ R.yield = "beforeInsert" THEN "yieldHolding"
                ELSE "insert"]

\* uvm_km.c: uvm_km_getpage -- take a page off the reserve under uvm_km_mtx,
\* and check lowat there too unless the revision does it after unlocking.
PKmTake(p) ==
    /\ pc[p] = "km" /\ kmFree > 0 /\ KmMutexFree
    /\ kmFree' = kmFree - 1
    /\ held' = [held EXCEPT ![p] = 1]
    /\ IF R.postUnlocked
         THEN /\ pc' = [pc EXCEPT ![p] = "post"]
              /\ UNCHANGED <<tAsleep, slow>>
         ELSE LowCheck(p, kmFree - 1 < LOWAT)
    /\ UNCHANGED <<uvmFree, freeList, thrVars, kmLock, poolPages, inUse, intrVars>>

\* uvm_km.c: uvm_km_getpage -- the reserve is empty: msleep on "getpage".
\* It does not wake the thread; a take below lowat already did.
PKmSleep(p) ==
    /\ pc[p] = "km" /\ kmFree = 0 /\ R.waitok /\ KmMutexFree
    /\ pc' = [pc EXCEPT ![p] = "kmsleep"]
    /\ UNCHANGED <<kmVars, held, slow, poolPages, inUse, intrVars>>

\* uvm_km.c 1.38: uvm_km_getpage -- never sleeps: it wakes the thread and
\* returns NULL, and pool_do_get sleeps on the pool (PR_WANTED).  (A kva
\* caller frees the physical page it allocated first.)
PKmFail(p) ==
    /\ pc[p] = "km" /\ kmFree = 0 /\ ~R.waitok
    /\ IF R.wakeOnFail THEN WakeThread ELSE UNCHANGED tAsleep
    /\ uvmFree' = IF R.kva THEN uvmFree + 1 ELSE uvmFree
    /\ pc' = [pc EXCEPT ![p] = "poolsleep"]
    /\ UNCHANGED <<kmFree, freeList, thrVars, kmLock, held, slow,
                   poolPages, inUse, intrVars>>

\* subr_pool.c: pool_do_get -- the sleep on the pool ends (a pool_put or the
\* timeout); start over.
PPoolWake(p) ==
    /\ pc[p] = "poolsleep"
    /\ pc' = [pc EXCEPT ![p] = "get"]
    /\ UNCHANGED <<kmVars, held, slow, poolPages, inUse, intrVars>>

\* uvm_km.c 1.38/1.66/1.68: uvm_km_getpage -- after mtx_leave (splx), an
\* unlocked read: below lowat, wake the thread (1.68: and set *slowdown).
PKmPost(p) ==
    /\ pc[p] = "post"
    /\ LowCheck(p, kmFree < LOWAT)
    /\ UNCHANGED <<kmFree, uvmFree, freeList, thrVars, kmLock, held, poolPages,
                   inUse, intrVars>>

\* subr_pool.c: pool_prime_page (1.64) / pool_p_insert (1.166) -- publish the
\* page: its items are free for everyone.  Then, on slowdown, yield (where
\* the revision yields after the insert).
PInsert(p) ==
    /\ pc[p] = "insert"
    /\ poolPages' = [poolPages EXCEPT ![ITEMS] = @ + 1]
    /\ held' = [held EXCEPT ![p] = 0]
    /\ IF slow[p] /\ R.yield = "afterInsert"
         THEN /\ pc' = [pc EXCEPT ![p] = "yield"]
              /\ UNCHANGED slow
         ELSE /\ pc' = [pc EXCEPT ![p] = "get"]
              /\ slow' = [slow EXCEPT ![p] = FALSE]
    /\ UNCHANGED <<kmVars, inUse, intrVars>>

(***************************************************************************)
(* The scheduling rule of a yield.  "up" (uniprocessor, the default): the  *)
(* woken km thread outranks the yielder, which runs again only once the    *)
(* thread has blocked or the reserve is back at lowat.  "mp": the thread   *)
(* runs on another CPU and yield() puts the yielder straight back on its   *)
(* own, so the yield may end at any time and the thread's steps interleave *)
(* with the yielder's.  SCHED is a definition, not a CONSTANT, so that     *)
(* every model and trace keeps "up"; an mp model overrides it in its cfg   *)
(* (CONSTANT SCHED <- SchedMP, see MCPoolSlowdown).                        *)
(***************************************************************************)
SCHED == "up"

YieldMayEnd ==
    IF SCHED = "up" THEN ThreadBlocked \/ kmFree >= LOWAT ELSE TRUE

\* kern/sched_bsd.c: yield -- the process stays runnable, but the km thread
\* it woke runs at kernel priority (PVM) and outranks it, and the kernel is
\* not preemptive: the process runs again once the thread has blocked, or
\* once the thread has brought the reserve back to lowat (its work is done;
\* this also admits a second CPU running the yielder then).  pool_do_get
\* then starts over (1.160: goes on to insert the page it held all along).
PYieldDone(p) ==
    /\ pc[p] \in YieldStates /\ YieldMayEnd
    /\ slow' = [slow EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = IF pc[p] = "yield" THEN "get" ELSE "insert"]
    /\ UNCHANGED <<kmVars, held, poolPages, inUse, intrVars>>

(***************************************************************************)
(* uvm_km.c: uvm_km_putpage, by revision.  1.38-1.76 push the page onto    *)
(* the reserve and wake nobody; 1.84 links it onto the freelist and wakes  *)
(* the thread once more than BATCH pages wait (the kernel's 16 is the same *)
(* constant as the round size); 1.77 does the VM work itself with the km   *)
(* mutex held once the reserve is at hiwat.                                *)
(***************************************************************************)
PutPage(p) ==
    CASE R.putpage = "push" ->
            /\ GiveBack(ReserveTakesBack)
            /\ UNCHANGED <<freeList, tAsleep, thrVars, kmLock, pc, held>>
      [] R.putpage = "freelist" ->
            /\ freeList' = freeList + 1
            /\ IF freeList > BATCH THEN WakeThread ELSE UNCHANGED tAsleep
            /\ UNCHANGED <<kmFree, uvmFree, thrVars, kmLock, pc, held>>
      [] R.putpage = "inline" ->
            IF ReserveTakesBack
              THEN /\ GiveBack(TRUE)
                   /\ UNCHANGED <<freeList, tAsleep, thrVars, kmLock, pc, held>>
              ELSE /\ kmLock' = p
                   /\ held' = [held EXCEPT ![p] = 1]
                   /\ pc' = [pc EXCEPT ![p] = "unmap"]
                   /\ UNCHANGED <<kmFree, uvmFree, freeList, tAsleep, thrVars>>

\* subr_pool.c: pool_put / pool_do_put -- put an item back; a page left
\* empty beyond pr_maxpages goes through pr_rmpage to uvm_km_putpage.
PFree(p) ==
    /\ pc[p] = "idle" /\ inUse > 0
    /\ inUse' = inUse - 1
    /\ \E k \in 0..(ITEMS - 1) :
         /\ poolPages[k] > 0
         /\ LET after == [poolPages EXCEPT ![k] = @ - 1, ![k + 1] = @ + 1]
            IN IF k + 1 = ITEMS /\ after[ITEMS] > MAXIDLE
                 THEN /\ KmMutexFree
                      /\ poolPages' = [after EXCEPT ![ITEMS] = @ - 1]
                      /\ PutPage(p)
                 ELSE /\ poolPages' = after
                      /\ UNCHANGED <<kmVars, pc, held>>
    /\ UNCHANGED <<slow, intrVars>>

\* uvm_km.c 1.77: uvm_km_putpage -- uvm_km_free_wakeup unmaps the page with
\* the km mutex still held.  Freeing the map entry may empty a page of the
\* map entry pool, whose pool_put calls uvm_km_putpage again: mtx_enter on
\* the mutex this context holds.  Otherwise the physical page goes back to
\* UVM (uvm_pagefree, after mtx_leave) and the address to kernel_map.
PUnmap(p) ==
    /\ pc[p] = "unmap"
    /\ \/ /\ pc' = [pc EXCEPT ![p] = "kmEnter"]
          /\ UNCHANGED <<kmVars, held>>
       \/ /\ uvmFree' = uvmFree + 1
          /\ held' = [held EXCEPT ![p] = 0]
          /\ kmLock' = "none"
          /\ pc' = [pc EXCEPT ![p] = "idle"]
          /\ UNCHANGED <<kmFree, freeList, tAsleep, thrVars>>
    /\ UNCHANGED <<slow, poolPages, inUse, intrVars>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Interrupts: pool_get(PR_NOWAIT), one atomic step at raised IPL.  It     *)
(* ignores slowdown, never sleeps and may fail.                            *)
(***************************************************************************)

\* The thread could have refilled an empty reserve: 1.38-1.76, UVM still had a
\* whole round of memory; 1.77 on (kva), always -- a round allocates addresses.
RoundPossible == R.kva \/ uvmFree >= BATCH

\* The interrupt's pool_get returns NULL; bad: the reserve was empty though a round
\* could have refilled it (not an exhaustion of memory); wake: getpage's wakeup.
IntrFail(bad, wake) ==
    /\ intrFails' = intrFails + 1
    /\ IF wake THEN WakeThread ELSE UNCHANGED tAsleep
    /\ badIntrFail' = (badIntrFail \/ bad)
    /\ hoardFail' = (hoardFail \/ \E p \in Procs : Owns(p) /\ pc[p] \in OffCpuStates)
    /\ UNCHANGED <<kmFree, uvmFree, freeList, thrVars, kmLock, poolPages, inUse>>

\* subr_pool.c: pool_get(PR_NOWAIT) -> pool_page_alloc -> uvm_km_getpage(FALSE)
\* (1.77 on: uvm_km_getpage_pla, uvm_pglistalloc(UVM_PLA_NOWAIT) first) -- atomic.
IAlloc(i) ==
    /\ intrAllocs < MAXINTR /\ KmMutexFree
    /\ intrAllocs' = intrAllocs + 1
    /\ IF PoolFreeItems > 0
         THEN /\ TakeItem
              /\ inUse' = inUse + 1
              /\ UNCHANGED <<kmVars, intrFails, badIntrFail, hoardFail>>
       ELSE IF R.kva /\ uvmFree = 0
         THEN IntrFail(FALSE, FALSE)
       ELSE IF kmFree > 0
         THEN /\ kmFree' = kmFree - 1
              /\ uvmFree' = IF R.kva THEN uvmFree - 1 ELSE uvmFree
              /\ poolPages' = [poolPages EXCEPT ![ITEMS - 1] = @ + 1]
              /\ inUse' = inUse + 1
              /\ IF kmFree - 1 < LOWAT THEN WakeThread ELSE UNCHANGED tAsleep
              /\ UNCHANGED <<freeList, thrVars, kmLock, intrFails,
                             badIntrFail, hoardFail>>
         ELSE IntrFail(RoundPossible, R.wakeOnFail)
    /\ UNCHANGED <<pc, held, slow>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* The km thread, with the wakeup of the getpage sleepers (and of 1.67's   *)
(* getpg2 sleepers, who go on to insert the page they hold).               *)
(***************************************************************************)

\* uvm_km.c: uvm_km_thread -- top of the loop (sleep on "kmalloc" or go on).
TTop == TopKm /\ UNCHANGED <<poolVars, intrVars>>

\* uvm_km.c: uvm_km_thread -- one page of the round (or wait for memory).
TAllocOne == AllocOneKm /\ UNCHANGED <<poolVars, intrVars>>

\* uvm.c: uvm_wait -- returns: memory came back.
TMemReturn == MemReturnKm /\ UNCHANGED <<poolVars, intrVars>>

\* uvm_km.c: uvm_km_thread -- splice the round onto the reserve, then
\* wakeup(&uvm_km_pages_free): "getpage" and "getpg2" sleepers run again.
TPublish ==
    /\ PublishKm
    /\ pc' = [p \in Procs |->
                IF kmFree' > 0 /\ pc[p] = "kmsleep" THEN "km"
                ELSE IF kmFree' > 0 /\ pc[p] = "kmsleep2" THEN "insert"
                ELSE pc[p]]
    /\ UNCHANGED <<held, slow, poolPages, inUse, intrVars>>

\* uvm_km.c 1.84: uvm_km_doputpage -- one freed page off the freelist.
TDrainOne == DrainOneKm /\ UNCHANGED <<poolVars, intrVars>>

\* uvm_km.c 1.84: uvm_km_thread -- the freelist is drained.
TDrainDone == DrainDoneKm /\ UNCHANGED <<poolVars, intrVars>>

ThreadStep == TTop \/ TAllocOne \/ TMemReturn \/ TPublish \/ TDrainOne \/ TDrainDone

ProcStep(p) ==
    \/ PStart(p) \/ PTakeItem(p) \/ PNeedPage(p) \/ PPla(p)
    \/ PKmTake(p) \/ PKmSleep(p) \/ PKmFail(p) \/ PPoolWake(p) \/ PKmPost(p)
    \/ PInsert(p) \/ PYieldDone(p) \/ PFree(p) \/ PUnmap(p)

Next ==
    \/ \E p \in Procs : ProcStep(p)
    \/ \E i \in Intrs : IAlloc(i)
    \/ ThreadStep

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness (docs/kernel.md#fairness): weak on the thread and on every     *)
(* process step but PStart (a process need not allocate); strong on the    *)
(* end of a yield, whose guard (the thread blocked) comes and goes.  None  *)
(* for interrupts.                                                         *)
(***************************************************************************)
Fairness ==
    /\ WF_vars(TTop) /\ WF_vars(TAllocOne) /\ WF_vars(TMemReturn)
    /\ WF_vars(TPublish) /\ WF_vars(TDrainOne) /\ WF_vars(TDrainDone)
    /\ \A p \in Procs :
         /\ WF_vars(PTakeItem(p)) /\ WF_vars(PNeedPage(p)) /\ WF_vars(PPla(p))
         /\ WF_vars(PKmTake(p) \/ PKmSleep(p) \/ PKmFail(p))
         /\ WF_vars(PPoolWake(p)) /\ WF_vars(PKmPost(p)) /\ WF_vars(PInsert(p))
         /\ WF_vars(PFree(p)) /\ WF_vars(PUnmap(p))
         /\ SF_vars(PYieldDone(p))

LiveSpec == Spec /\ Fairness

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety.                                                                 *)
(***************************************************************************)

\* Every page is in exactly one place.  From 1.77 (kva) the reserve and the round
\* hold addresses, not pages: the law is over physical pages alone.
PageConservationInv ==
    IF R.kva
      THEN uvmFree + PhysOwnerCount + freeList + HeldCount + PoolPageCount = MEM
      ELSE uvmFree + kmFree + freeList + batch + HeldCount + PoolPageCount = MEM + INITFREE

\* Every item of a pool page is free or handed out.
ItemConservationInv ==
    inUse = ITEMS * PoolPageCount - PoolFreeItems

\* A process never sleeps while it owns a reserve page nobody else can use.  (A
\* kva getpage sleeper owns its physical page: PhysOwner, see specs/README.md.)
NoSleepWhileHoldingInv ==
    \A p \in Procs : pc[p] \in SleepStates => held[p] = 0

\* Publish before yield: a yielding process owns no private page.
NoYieldWhileHoldingInv ==
    \A p \in Procs : pc[p] \in YieldStates => held[p] = 0

\* Only a process told to slow down yields, and the flag is one-shot: it lives
\* from the getpage that set it to the end of the yield (or the insert that
\* does not yield), never into the next pool_get.
YieldOnlyOnSlowdownInv ==
    \A p \in Procs :
        /\ pc[p] \in YieldStates => slow[p]
        /\ pc[p] \in {"idle", "get", "pla", "km", "kmsleep", "poolsleep"} => ~slow[p]

\* An interrupt finds the reserve empty only when memory is really exhausted.
NoBadIntrFailInv == ~badIntrFail

\* No interrupt fails while a process off the CPU sits on a page.
NoHoardingStarvationInv == ~hoardFail

\* Lock ownership: the holder of the km mutex (kmLock, set by the action that
\* acquires it across steps) never stands at a step that acquires the mutex:
\* a process at uvm_km_getpage's mtx_enter ("km") or a nested putpage's
\* ("kmEnter"); the thread at the top of its loop, at a drain, or with its
\* round complete (the splice's mtx_enter).
KmMutexAcquireStates == {"km", "kmEnter"}

ThreadAcquiresKmMutex == tpc \in {"top", "drain"} \/ batch = BATCH

NoKmMutexRecursionInv ==
    /\ \A p \in Procs : kmLock = p => pc[p] \notin KmMutexAcquireStates
    /\ kmLock = ThreadActor => ~ThreadAcquiresKmMutex

\* Interrupts never wait: with the km mutex free and allocations left, every
\* interrupt can run its pool_get(PR_NOWAIT) to the end (it may fail, not block).
IntrNeverBlocksInv ==
    (intrAllocs < MAXINTR /\ KmMutexFree) => \A i \in Intrs : ENABLED IAlloc(i)

\* When nothing can move any more, no process is stuck holding a page.
NoHoardDeadlockInv ==
    ~(ENABLED Next) => \A p \in Procs : ~Owns(p)

(***************************************************************************)
(* Liveness, under Fairness.                                               *)
(***************************************************************************)

\* A page taken from the reserve reaches the pool.
HeldEventuallyPublishedProp ==
    \A p \in Procs : (held[p] = 1) ~> (held[p] = 0)

\* Every yield ends.
YieldTerminatesProp ==
    \A p \in Procs : (pc[p] \in YieldStates) ~> (pc[p] \notin YieldStates)

\* A process that asks the reserve for a page gets one.
WaitokProgressProp ==
    \A p \in Procs : (pc[p] \in {"km", "kmsleep"}) ~> (held[p] = 1)

=============================================================================
